package org.gloss.api.suggest;

import java.util.List;

import org.gloss.model.Turn;

/**
 * A document as a suggester sees it.
 *
 * @param language "en", "ru", "kk"...; null to detect it from the text
 * @param turns    a transcript's speaker turns (empty for other documents)
 */
public record SuggestionDocument(long id, String name, String text, String language, List<Turn> turns) {
    public SuggestionDocument {
        turns = turns == null ? List.of() : List.copyOf(turns);
    }
}
