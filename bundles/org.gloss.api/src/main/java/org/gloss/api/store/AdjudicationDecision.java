package org.gloss.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the adjudication log: who decided what about a span of a document for a code,
 * when, and why. Documents, codes and coders are kept by name, so that the log stays readable
 * after the codebook changes.
 *
 * @param coders    the coders whose codings were compared
 * @param consensus the coder who received the accepted codings
 * @param outcome   whether the span went to the consensus coder
 * @param rule      how it was decided: "agreed", "union", a coder's name, or "manual"
 * @param decidedBy the person who decided
 * @param note      optional free text
 */
public record AdjudicationDecision(long id, String document, String code, int start, int end, List<String> coders,
                                   String consensus, Outcome outcome, String rule, String decidedBy, String note,
                                   Instant decidedAt) {
    /** Whether the consensus coder received the span. */
    public enum Outcome { ACCEPTED, REJECTED }

    public AdjudicationDecision {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(outcome, "outcome");
        coders = List.copyOf(coders);
    }
}
