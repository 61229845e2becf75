package org.gloss.api.suggest;

import java.util.List;

/** What a suggester learns from: the codes to suggest (in codebook order) and the coders' coded documents. */
public record TrainingSet(List<CodeDescription> codes, List<TrainingDocument> documents) {
    public TrainingSet {
        codes = List.copyOf(codes);
        documents = List.copyOf(documents);
    }
}
