package org.gloss.api.agreement;

import java.util.List;

/**
 * A coder whose codings are given rather than stored, for comparing codings not (yet) written,
 * such as a machine coder's suggestions. Its name must not be a coder of the project.
 */
public record VirtualCoder(String name, List<Span> codings) {
    public VirtualCoder {
        codings = List.copyOf(codings);
    }

    /** A code (by id) applied to [start, end) (code points) of a document (by id). */
    public record Span(long documentId, long codeId, int start, int end) {
    }
}
