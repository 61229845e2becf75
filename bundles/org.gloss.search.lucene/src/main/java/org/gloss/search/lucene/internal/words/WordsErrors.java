package org.gloss.search.lucene.internal.words;

import java.util.Collection;

import org.gloss.api.error.GlossException;

/** The user-facing errors of word frequencies. */
final class WordsErrors {
    private WordsErrors() {
    }

    static GlossException unknownStopList(String given, Collection<String> languages) {
        return new GlossException("no stop list for '" + given + "' (languages: " + String.join(", ", languages)
                + ", or auto for each document's own language)");
    }
}
