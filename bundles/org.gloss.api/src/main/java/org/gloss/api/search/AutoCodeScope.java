package org.gloss.api.search;

import java.util.Locale;

/** How far auto-coding extends each hit. */
public enum AutoCodeScope {
    /** Just the hit. */
    HIT,
    /** The sentence containing the hit. */
    SENTENCE,
    /**
     * The paragraph containing the hit: text between blank lines, or between line breaks in a
     * document without blank lines (such as a transcript with one turn per line).
     */
    PARAGRAPH;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
