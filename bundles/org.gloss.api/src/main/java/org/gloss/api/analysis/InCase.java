package org.gloss.api.analysis;

import java.util.Objects;

/**
 * The text of a case: a document is analysed when it holds some of the case's text, and a coding
 * counts when it overlaps the case's text by at least one code point (the whole coding counts).
 * Several cases are alternatives (their texts are united); an unknown case is an error.
 */
public record InCase(String name) implements DocumentCondition {
    public InCase {
        Objects.requireNonNull(name, "name");
    }
}
