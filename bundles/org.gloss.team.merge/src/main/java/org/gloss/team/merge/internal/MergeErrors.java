package org.gloss.team.merge.internal;

import org.gloss.api.error.GlossException;

/** The messages of merge, push and pull. */
public final class MergeErrors {
    private MergeErrors() {
    }

    public static GlossException mergeRefused(int conflicts) {
        return new GlossException("merge refused: " + conflicts + " conflict(s), nothing was written "
                + "(resolve them with --prefer target or --prefer source)");
    }

    public static GlossException mergeIntoItself(String location) {
        return new GlossException("cannot merge " + location + " into itself");
    }

    public static GlossException documentNameTaken(String name) {
        return new GlossException("cannot rename a document to '" + name + "': another document has that name");
    }
}
