package org.gloss.ui.suggest.internal;

import java.util.List;

import org.gloss.api.suggest.SuggestionUnit;

/**
 * What the user chose in the "Suggest codes…" dialog.
 *
 * @param documents the documents to suggest for (names); empty for the whole project
 * @param codes     the codes to suggest (names); empty for every code
 * @param options   the suggester's own settings (a language model's endpoint and model), named as the command line's options ({@code endpoint}, {@code model}...)
 */
record SuggestRequest(String suggester, List<String> learnFrom, List<String> codes, List<String> documents,
                      SuggestionUnit unit, double minScore, String machineCoder, java.util.Map<String, String> options) {
    SuggestRequest {
        options = java.util.Map.copyOf(options);
        learnFrom = List.copyOf(learnFrom);
        codes = List.copyOf(codes);
        documents = List.copyOf(documents);
    }
}
