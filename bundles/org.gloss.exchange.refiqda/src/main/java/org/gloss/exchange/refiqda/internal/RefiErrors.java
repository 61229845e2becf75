package org.gloss.exchange.refiqda.internal;

import org.gloss.api.error.GlossException;
import org.gloss.model.CodeTree;

/** User-facing errors of REFI-QDA import that belong to this bundle alone. */
final class RefiErrors {
    private RefiErrors() {
    }

    static GlossException codebookTooDeep(String what, int line) {
        return new GlossException(what + " line " + line + ": codes are nested more than " + CodeTree.MAX_DEPTH
                + " levels deep; Gloss allows at most " + CodeTree.MAX_DEPTH);
    }

    static GlossException nestedTooDeep(String what, int line, int limit) {
        return new GlossException(what + " line " + line + ": elements are nested more than " + limit
                + " levels deep; this is not a REFI-QDA file Gloss can read");
    }

    static GlossException externalSource(String source, String path) {
        return new GlossException("source '" + source + "' takes its text from a file outside the archive (" + path
                + "); refused so that a project file cannot pull your own files in (use --allow-external-sources to read it)");
    }
}
