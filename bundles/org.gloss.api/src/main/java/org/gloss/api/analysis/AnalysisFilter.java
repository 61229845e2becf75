package org.gloss.api.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What every analysis looks at: whose codings and which documents. The same filter type serves
 * code queries, co-occurrence, matrices, frequencies and word frequencies.
 *
 * @param coders     coder names whose codings count; empty for every coder
 * @param sameCoder  false (the default) pools the coders: a passage is coded with a code when any of
 *                   them coded it. True keeps them apart: a query combines, and co-occurrence pairs,
 *                   only one coder's codings at a time, and the results of each coder are reported
 *                   separately (or summed, for counts)
 * @param documents  conditions on the documents (names, attribute values and ranges); empty for
 *                   every document. See {@link DocumentCondition} for how they combine
 */
public record AnalysisFilter(List<String> coders, boolean sameCoder, List<DocumentCondition> documents) {
    public static final AnalysisFilter ALL = new AnalysisFilter(List.of(), false, List.of());

    public AnalysisFilter {
        coders = List.copyOf(Objects.requireNonNullElse(coders, List.of()));
        documents = List.copyOf(Objects.requireNonNullElse(documents, List.of()));
    }

    public AnalysisFilter withCoders(List<String> names) {
        return new AnalysisFilter(names, sameCoder, documents);
    }

    public AnalysisFilter withSameCoder(boolean on) {
        return new AnalysisFilter(coders, on, documents);
    }

    public AnalysisFilter withDocuments(List<DocumentCondition> conditions) {
        return new AnalysisFilter(coders, sameCoder, conditions);
    }

    /** This filter with one more document condition. */
    public AnalysisFilter and(DocumentCondition condition) {
        List<DocumentCondition> all = new ArrayList<>(documents);
        all.add(condition);
        return withDocuments(all);
    }
}
