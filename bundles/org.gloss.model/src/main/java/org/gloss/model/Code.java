package org.gloss.model;

import java.util.Objects;

/**
 * A code of the codebook. Code names are unique within a project, so a name identifies a code on
 * the command line; the hierarchy is given by {@code parentId}.
 *
 * @param color #RRGGBB
 */
public record Code(long id, String name, Long parentId, String color, String description) {
    public Code {
        Objects.requireNonNull(name, "name");
    }

    public boolean isTopLevel() {
        return parentId == null;
    }
}
