package org.gloss.api.analysis;

import java.util.Objects;

/** The document of this name (an unknown name is an error). */
public record DocumentNamed(String name) implements DocumentCondition {
    public DocumentNamed {
        Objects.requireNonNull(name, "name");
    }
}
