package org.gloss.api.suggest;

import java.util.List;

/**
 * What a suggester learns from: the codes to suggest (in codebook order), the coders' coded
 * documents and the suggestions people rejected (negative examples of their code only).
 */
public record TrainingSet(List<CodeDescription> codes, List<TrainingDocument> documents, List<RejectedSuggestion> rejected) {
    public TrainingSet {
        codes = List.copyOf(codes);
        documents = List.copyOf(documents);
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
    }

    /** Without rejected suggestions. */
    public TrainingSet(List<CodeDescription> codes, List<TrainingDocument> documents) {
        this(codes, documents, List.of());
    }
}
