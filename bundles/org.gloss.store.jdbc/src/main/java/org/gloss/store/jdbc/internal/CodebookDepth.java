package org.gloss.store.jdbc.internal;

import org.gloss.api.error.GlossException;
import org.gloss.model.CodeTree;

/** The error for an edit that would make the codebook deeper than {@link CodeTree#MAX_DEPTH} levels. */
final class CodebookDepth {
    private CodebookDepth() {
    }

    static GlossException tooDeep(String edit, int level) {
        return new GlossException("cannot " + edit + ": the codebook would be " + level
                + " levels deep, and Gloss allows at most " + CodeTree.MAX_DEPTH);
    }
}
