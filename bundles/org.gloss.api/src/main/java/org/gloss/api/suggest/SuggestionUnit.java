package org.gloss.api.suggest;

/** The text unit a suggestion codes (the same units as {@code gloss agree --unit}). */
public enum SuggestionUnit {
    SENTENCE("sentence"),
    /** A line of text between line breaks. */
    PARAGRAPH("paragraph"),
    /** A stored speaker turn; paragraphs in documents without turns. */
    TURN("turn");

    private final String key;

    SuggestionUnit(String key) {
        this.key = key;
    }

    /** The name on the command line. */
    public String key() {
        return key;
    }
}
