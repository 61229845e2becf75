package org.gloss.ui.adjudication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.gloss.api.agreement.Disagreement;
import org.gloss.api.store.AdjudicationDecision;
import org.gloss.api.store.AdjudicationDecision.Outcome;
import org.junit.jupiter.api.Test;

/** Which logged decisions still stand for a comparison. */
class DecisionLogTest {
    private static long ids;

    private static AdjudicationDecision entry(String code, int start, int end, List<String> coders, String consensus, String rule) {
        return new AdjudicationDecision(++ids, "interview", code, start, end, coders, consensus, Outcome.ACCEPTED, rule, "lead", null,
                Instant.EPOCH);
    }

    private static Disagreement disagreement(String code, int start, int end) {
        return new Disagreement(1, "interview", 1, code, start, end, "x", List.of("ben"), List.of("aida"));
    }

    @Test
    void aDecisionCoveringTheSpanForTheseCodersAndConsensusStands() {
        List<String> pair = List.of("aida", "ben");
        DecisionLog log = new DecisionLog(List.of(
                entry("debt", 10, 20, List.of("ben", "aida"), "consensus", "manual:ben"),  // coders in another order
                entry("debt", 30, 40, pair, "gold", "manual:aida"),                       // another consensus coder
                entry("debt", 50, 60, List.of("aida", "carl"), "consensus", "manual:aida"), // other coders
                entry("debt", 0, 100, pair, "consensus", "agreed")), pair, "consensus");  // a bulk decision
        assertThat(log.decisionOn(disagreement("debt", 12, 18))).hasValueSatisfying(d -> assertThat(d.rule()).isEqualTo("agreed"));
        assertThat(log.decisionOn(disagreement("debt", 90, 110))).as("not covered").isEmpty();
        assertThat(log.decisionOn(disagreement("topic", 12, 18))).as("another code").isEmpty();
        DecisionLog manualOnly = new DecisionLog(List.of(entry("debt", 10, 20, List.of("ben", "aida"), "consensus", "manual:ben")),
                pair, "consensus");
        assertThat(manualOnly.decisionOn(disagreement("debt", 10, 20))).isPresent();
        assertThat(new DecisionLog(List.of(entry("debt", 30, 40, pair, "gold", "manual:aida")), pair, "consensus")
                .decisionOn(disagreement("debt", 30, 40))).isEmpty();
    }

    @Test
    void aWithdrawalCancelsTheLatestMatchingDecisionOnly() {
        List<String> pair = List.of("aida", "ben");
        AdjudicationDecision first = entry("debt", 10, 20, pair, "consensus", "manual:neither");
        AdjudicationDecision second = entry("debt", 10, 20, pair, "consensus", "manual:ben");
        DecisionLog log = new DecisionLog(List.of(first, second,
                entry("debt", 10, 20, pair, "consensus", "withdrawn:manual:ben")), pair, "consensus");
        assertThat(log.decisionOn(disagreement("debt", 10, 20))).contains(first);
        DecisionLog both = new DecisionLog(List.of(first, second,
                entry("debt", 10, 20, pair, "consensus", "withdrawn:manual:ben"),
                entry("debt", 10, 20, pair, "consensus", "withdrawn:manual:neither")), pair, "consensus");
        assertThat(both.decisionOn(disagreement("debt", 10, 20))).isEmpty();
    }
}
