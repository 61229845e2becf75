package org.gloss.api.analysis;

import java.util.Objects;

/**
 * Documents whose number or date attribute {@code key} lies between {@code min} and {@code max},
 * both inclusive; a null bound is open. Documents without the attribute, or whose value is not of
 * the bounds' type, are left out.
 */
public record AttributeRange(String key, String min, String max) implements DocumentCondition {
    public AttributeRange {
        Objects.requireNonNull(key, "key");
        if (min == null && max == null) {
            throw new IllegalArgumentException("a range needs at least one bound");
        }
    }
}
