package org.gloss.api.suggest;

import java.util.List;

/**
 * What to audit.
 *
 * @param suggester  the suggester's id ("local")
 * @param learnFrom  the coders whose codings the suggester learns from
 * @param against    the human coders the machine is compared with (each must have coded a document to count it)
 * @param codes      codes in scope (empty: all)
 * @param documents  documents in scope (empty: all)
 * @param minScore   the score from which the machine codes a unit
 * @param folds      cross-validation folds, at least 2 and at most the number of documents evaluated
 * @param resamples  bootstrap resamples for the intervals (0: none)
 * @param confidence of the intervals, e.g. 0.95
 */
public record EvaluationRequest(String suggester, List<String> learnFrom, List<String> against, List<String> codes,
                                List<String> documents, SuggestSettings settings, double minScore, int folds,
                                int resamples, double confidence) {
    public EvaluationRequest {
        learnFrom = List.copyOf(learnFrom);
        against = List.copyOf(against);
        codes = codes == null ? List.of() : List.copyOf(codes);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
