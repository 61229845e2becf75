package org.gloss.api.suggest;

import java.util.List;
import java.util.Map;

/**
 * The audit of a suggester.
 *
 * @param machineCoder  the name the machine coder has in the figures (its pairs are "machine|human")
 * @param documents     the documents evaluated (coded by every coder in {@code against}), in fold order
 * @param foldOf        each evaluated document's held-out fold (0-based), by name
 * @param codes         per code, in codebook order
 * @param overall       every code pooled
 * @param learningCurve agreement against the share of training documents used, smallest first
 * @param skipped       codes the suggester could not learn in some fold, with the reason
 */
public record EvaluationReport(EvaluationRequest request, String machineCoder, List<String> documents,
                               Map<String, Integer> foldOf, List<CodeAudit> codes, CodeAudit overall,
                               String learningCurveMeasure, List<LearningPoint> learningCurve,
                               Map<String, String> skipped) {
    public EvaluationReport {
        documents = List.copyOf(documents);
        foldOf = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(foldOf));
        codes = List.copyOf(codes);
        learningCurve = List.copyOf(learningCurve);
        skipped = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(skipped));
    }
}
