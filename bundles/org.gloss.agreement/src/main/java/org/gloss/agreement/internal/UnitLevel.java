package org.gloss.agreement.internal;

/** What one unit of analysis is (see docs/agreement.md for the exact definitions). */
enum UnitLevel {
    /** Each code point of the document. */
    CHAR("char"),
    /** Each coded segment of either coder of a pair, matched by overlap (MAXQDA style). */
    SEGMENT("segment"),
    /** The whole document: did the coder apply the code anywhere in it? */
    DOCUMENT("document"),
    /** Each sentence (java.text.BreakIterator, root locale). */
    SENTENCE("sentence"),
    /** Each paragraph: a line of text between line breaks. */
    PARAGRAPH("paragraph"),
    /** Each stored speaker turn of a transcript; lines for documents without stored turns. */
    TURN("turn");

    private final String key;

    UnitLevel(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    static UnitLevel parse(String text) {
        for (UnitLevel level : values()) {
            if (level.key.equals(text)) {
                return level;
            }
        }
        throw new IllegalArgumentException(text);
    }
}
