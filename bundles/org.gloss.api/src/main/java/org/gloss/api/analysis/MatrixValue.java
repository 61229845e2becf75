package org.gloss.api.analysis;

/** What a code matrix cell counts. */
public enum MatrixValue {
    /** Number of codings of the code in the column. */
    SEGMENTS,
    /** Code points coded with the code in the column (overlapping codings counted once). */
    CHARS,
    /** Coded code points as a share (0..1) of the column's text. */
    SHARE,
    /** Number of the column's documents in which the code occurs. */
    DOCUMENTS
}
