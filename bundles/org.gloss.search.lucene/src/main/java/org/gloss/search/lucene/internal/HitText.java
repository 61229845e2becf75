package org.gloss.search.lucene.internal;

/**
 * A document's text as hits are cut from it: spans come in UTF-16 offsets (as Lucene and Java
 * regexes give them), in ascending order and not overlapping; each is located in code points and
 * then cut into hit and context. Walking forward lets a text kept as UTF-8 bytes convert offsets
 * and cut context without decoding the whole document.
 */
interface HitText {
    /**
     * Moves to the span and returns its code point bounds as {@code {start, end}}.
     *
     * @throws HitBuilder.OutOfTextException when the span does not lie in the text
     */
    int[] locate(int charStart, int charEnd);

    /** The code points of the last located span. */
    String hit();

    /** Up to {@code width} code points before the last located span. */
    String left(int width);

    /** Up to {@code width} code points after the last located span. */
    String right(int width);
}
