package org.gloss.api.suggest;

import java.util.Map;

/**
 * One point of the learning curve: the machine trained on a share of each fold's training
 * documents, and its agreement (the report's learning-curve measure, every code pooled) with each human.
 *
 * @param trainingDocuments training documents per fold, on average
 */
public record LearningPoint(double share, double trainingDocuments, Map<String, Double> agreementByHuman) {
    public LearningPoint {
        agreementByHuman = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(agreementByHuman));
    }
}
