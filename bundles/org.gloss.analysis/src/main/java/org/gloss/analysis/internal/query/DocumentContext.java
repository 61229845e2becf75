package org.gloss.analysis.internal.query;

import java.util.function.Supplier;

import org.gloss.model.IntervalSet;

/**
 * What evaluating a query in one document needs: each code's coverage there (by the coders in
 * play), the document's length, and its sentence and paragraph units (asked for only by NEAR and
 * FOLLOWED BY in those units).
 */
public interface DocumentContext {
    /** What the code of this reference covers in the document. */
    IntervalSet coverage(QueryNode.CodeRef code);

    int length();

    /** Sentence spans as pairs, see {@link org.gloss.model.TextUnits#sentences}. */
    int[] sentences();

    /** Paragraph spans as pairs, see {@link org.gloss.model.TextUnits#paragraphs}. */
    int[] paragraphs();

    /** A context over ready values, for tests and simple callers. */
    static DocumentContext of(java.util.function.Function<QueryNode.CodeRef, IntervalSet> coverage, int length,
                              Supplier<int[]> sentences, Supplier<int[]> paragraphs) {
        return new DocumentContext() {
            @Override
            public IntervalSet coverage(QueryNode.CodeRef code) {
                return coverage.apply(code);
            }

            @Override
            public int length() {
                return length;
            }

            @Override
            public int[] sentences() {
                return sentences.get();
            }

            @Override
            public int[] paragraphs() {
                return paragraphs.get();
            }
        };
    }
}
