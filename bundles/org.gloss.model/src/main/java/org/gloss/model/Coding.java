package org.gloss.model;

import java.time.Instant;

/**
 * One application of a code to a span of a document by a coder.
 *
 * @param start first code point covered
 * @param end   first code point after the span (exclusive)
 */
public record Coding(long id, long documentId, long codeId, long coderId, int start, int end,
                     String memo, Instant created) {
    public Coding {
        TextSpan.check(start, end);
    }

    public TextSpan span() {
        return new TextSpan(start, end);
    }
}
