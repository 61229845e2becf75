package org.gloss.api.analysis;

import java.util.Objects;

/**
 * The documents of a set: listed ones, or for a smart set those whose attributes meet its
 * condition when the analysis runs. Several sets are alternatives; an unknown set is an error.
 */
public record InSet(String name) implements DocumentCondition {
    public InSet {
        Objects.requireNonNull(name, "name");
    }
}
