package org.gloss.api.analysis;

import java.util.Objects;

/**
 * When two coded segments count as occurring together.
 *
 * @param distance for {@link Kind#NEAR}: at most this many code points between them; for
 *                 {@link Kind#SENTENCE} and {@link Kind#PARAGRAPH}: at most this many sentences or
 *                 paragraphs apart (0 = the same one); unused otherwise
 */
public record Proximity(Kind kind, int distance) {
    public enum Kind {
        /** They share at least one code point. */
        OVERLAP,
        /** At most {@code distance} code points lie between them (overlapping ones are near). */
        NEAR,
        /** They lie in the same sentence, or at most {@code distance} sentences apart. */
        SENTENCE,
        /** They lie in the same paragraph, or at most {@code distance} paragraphs apart. */
        PARAGRAPH,
        /** They are in the same document. */
        DOCUMENT
    }

    public static final Proximity OVERLAP = new Proximity(Kind.OVERLAP, 0);
    public static final Proximity DOCUMENT = new Proximity(Kind.DOCUMENT, 0);

    public Proximity {
        Objects.requireNonNull(kind, "kind");
        if (distance < 0) {
            throw new IllegalArgumentException("distance must not be negative: " + distance);
        }
    }
}
