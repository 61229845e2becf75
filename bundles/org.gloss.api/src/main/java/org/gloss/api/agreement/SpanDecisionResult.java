package org.gloss.api.agreement;

import java.util.List;

import org.gloss.api.store.AdjudicationDecision;
import org.gloss.model.Coding;

/**
 * What one decision did: the codings the consensus coder received (empty when it already had the
 * accepted text, or nothing was accepted) and the log entry.
 */
public record SpanDecisionResult(List<Coding> added, AdjudicationDecision logged) {
    public SpanDecisionResult {
        added = List.copyOf(added);
    }
}
