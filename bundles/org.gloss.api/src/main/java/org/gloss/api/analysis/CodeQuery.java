package org.gloss.api.analysis;

import java.util.Objects;

/**
 * A code query: text in the code query language (docs/analysis.md), the filter, and the code points
 * of context to give each result on each side.
 */
public record CodeQuery(String text, AnalysisFilter filter, int contextWidth) {
    public static final int DEFAULT_CONTEXT = 40;

    public CodeQuery {
        Objects.requireNonNull(text, "text");
        filter = Objects.requireNonNullElse(filter, AnalysisFilter.ALL);
        if (contextWidth < 0) {
            throw new IllegalArgumentException("context width must not be negative: " + contextWidth);
        }
    }

    public static CodeQuery of(String text) {
        return new CodeQuery(text, AnalysisFilter.ALL, DEFAULT_CONTEXT);
    }

    public CodeQuery withFilter(AnalysisFilter newFilter) {
        return new CodeQuery(text, newFilter, contextWidth);
    }
}
