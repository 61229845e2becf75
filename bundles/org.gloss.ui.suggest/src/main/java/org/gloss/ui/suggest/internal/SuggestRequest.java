package org.gloss.ui.suggest.internal;

import java.util.List;

import org.gloss.api.suggest.SuggestionUnit;

/**
 * What the user chose in the "Suggest codes…" dialog.
 *
 * @param documents the documents to suggest for (names); empty for the whole project
 * @param codes     the codes to suggest (names); empty for every code
 */
record SuggestRequest(String suggester, List<String> learnFrom, List<String> codes, List<String> documents,
                      SuggestionUnit unit, double minScore, String machineCoder) {
    SuggestRequest {
        learnFrom = List.copyOf(learnFrom);
        codes = List.copyOf(codes);
        documents = List.copyOf(documents);
    }
}
