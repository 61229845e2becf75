package org.gloss.ui.adjudication.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.gloss.api.agreement.Disagreement;
import org.gloss.api.store.AdjudicationDecision;

/**
 * Reads the adjudication log for one comparison: which decisions about these coders and this
 * consensus coder still stand. The log is append-only, so an undone decision stays in it and is
 * followed by a withdrawal entry (rule "withdrawn:&lt;rule&gt;", same span) that cancels it.
 */
final class DecisionLog {
    static final String WITHDRAWN = "withdrawn:";

    private final List<AdjudicationDecision> standing = new ArrayList<>();

    DecisionLog(List<AdjudicationDecision> log, List<String> coders, String consensus) {
        HashSet<String> compared = new HashSet<>(coders);
        for (AdjudicationDecision entry : log) {
            if (!entry.consensus().equals(consensus) || !new HashSet<>(entry.coders()).equals(compared)) {
                continue;
            }
            if (entry.rule().startsWith(WITHDRAWN)) {
                withdraw(entry);
            } else {
                standing.add(entry);
            }
        }
    }

    private void withdraw(AdjudicationDecision withdrawal) {
        String rule = withdrawal.rule().substring(WITHDRAWN.length());
        for (int i = standing.size() - 1; i >= 0; i--) {
            AdjudicationDecision d = standing.get(i);
            if (d.document().equals(withdrawal.document()) && d.code().equals(withdrawal.code()) && d.start() == withdrawal.start()
                    && d.end() == withdrawal.end() && d.rule().equals(rule)) {
                standing.remove(i);
                return;
            }
        }
    }

    /** The latest standing decision whose span covers the disagreement. */
    Optional<AdjudicationDecision> decisionOn(Disagreement disagreement) {
        for (int i = standing.size() - 1; i >= 0; i--) {
            AdjudicationDecision d = standing.get(i);
            if (d.document().equals(disagreement.document()) && d.code().equals(disagreement.code())
                    && d.start() <= disagreement.start() && d.end() >= disagreement.end()) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
