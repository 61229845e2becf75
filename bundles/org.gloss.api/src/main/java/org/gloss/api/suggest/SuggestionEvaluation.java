package org.gloss.api.suggest;

import org.gloss.api.store.ProjectSession;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Audits a suggester like a coder: cross-validation by document (a document is in exactly one
 * held-out fold and never in the training of its own fold), then every installed agreement
 * measure of the machine coder against each human with bootstrap intervals, the humans' agreement
 * with each other on the same documents, precision and recall per code, and a learning curve.
 * The same request (seed included) gives the same report. Reads the project only.
 */
@ProviderType
public interface SuggestionEvaluation {
    EvaluationReport evaluate(ProjectSession session, EvaluationRequest request);

    /**
     * As {@link #evaluate(ProjectSession, EvaluationRequest)}, reporting progress and stopping with
     * a {@link java.util.concurrent.CancellationException} when {@code progress} is cancelled
     * (checked between folds and between the codes each fold trains).
     */
    EvaluationReport evaluate(ProjectSession session, EvaluationRequest request, SuggestProgress progress);
}
