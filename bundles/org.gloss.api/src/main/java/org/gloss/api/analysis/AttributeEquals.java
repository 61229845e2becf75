package org.gloss.api.analysis;

import java.util.Objects;

/**
 * Documents whose attribute {@code key} has this value: text compared ignoring case and surrounding
 * space, numbers by value (30 = 30.0), dates as dates. Keys are matched ignoring case; a key no
 * document has is an error.
 */
public record AttributeEquals(String key, String value) implements DocumentCondition {
    public AttributeEquals {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
