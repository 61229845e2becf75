package org.gloss.core.suggest;

import java.util.ArrayList;
import java.util.List;

import org.gloss.api.store.AdjudicationDecision;
import org.gloss.api.store.NewAdjudicationDecision;

/**
 * Decisions about suggestions, kept in the project's adjudication log like any adjudication (so
 * they travel with the project, merge with it and are never rewritten). An entry is about a
 * suggestion when its compared coders are one machine coder and its rule starts with
 * {@link #RULE_PREFIX}; its consensus is the person's or consensus coder who received the coding.
 * Accepting with another code is logged as the suggested code rejected, the rule naming the code
 * given instead. Undoing logs a withdrawal ("withdrawn:" and the rule, the same span), as the
 * disagreement review does. Standing rejections are negative examples in the next training.
 */
public final class SuggestionDecisions {
    public static final String RULE_PREFIX = "suggestion:";
    public static final String ACCEPTED = RULE_PREFIX + "accepted";
    public static final String REJECTED = RULE_PREFIX + "rejected";
    public static final String ACCEPTED_AS = RULE_PREFIX + "accepted-as:";
    public static final String WITHDRAWN = "withdrawn:";

    private SuggestionDecisions() {
    }

    /** The suggestion accepted as it is: the target coder received the coding. */
    public static NewAdjudicationDecision accepted(String document, String code, int start, int end, String machineCoder,
                                                   String target, String decidedBy) {
        return new NewAdjudicationDecision(document, code, start, end, List.of(machineCoder), target,
                AdjudicationDecision.Outcome.ACCEPTED, ACCEPTED, decidedBy, null);
    }

    /** The span accepted with {@code instead}: the suggested code does not apply, {@code instead} does. */
    public static NewAdjudicationDecision acceptedAs(String document, String code, int start, int end, String machineCoder,
                                                     String target, String instead, String decidedBy) {
        return new NewAdjudicationDecision(document, code, start, end, List.of(machineCoder), target,
                AdjudicationDecision.Outcome.REJECTED, ACCEPTED_AS + instead, decidedBy, "coded '" + instead + "' instead");
    }

    /** The suggestion rejected: the code does not apply to the span. */
    public static NewAdjudicationDecision rejected(String document, String code, int start, int end, String machineCoder,
                                                   String target, String decidedBy) {
        return new NewAdjudicationDecision(document, code, start, end, List.of(machineCoder), target,
                AdjudicationDecision.Outcome.REJECTED, REJECTED, decidedBy, null);
    }

    /** Cancels a decision (an undo): the log keeps both. */
    public static NewAdjudicationDecision withdrawal(AdjudicationDecision decision, String decidedBy) {
        return new NewAdjudicationDecision(decision.document(), decision.code(), decision.start(), decision.end(),
                decision.coders(), decision.consensus(), decision.outcome(), WITHDRAWN + decision.rule(), decidedBy,
                "undo of decision " + decision.id());
    }

    /** Whether a log entry decides about a suggestion (withdrawals excluded). */
    public static boolean isSuggestionDecision(AdjudicationDecision entry) {
        return entry.rule().startsWith(RULE_PREFIX) && entry.coders().size() == 1
                && MachineCodings.isMachine(entry.coders().get(0));
    }

    /** The code given instead of the suggested one, or null unless accepted with another code. */
    public static String acceptedAs(AdjudicationDecision decision) {
        return decision.rule().startsWith(ACCEPTED_AS) ? decision.rule().substring(ACCEPTED_AS.length()) : null;
    }

    /** The decisions about suggestions that still stand (not withdrawn), oldest first. */
    public static List<AdjudicationDecision> standing(List<AdjudicationDecision> log) {
        List<AdjudicationDecision> standing = new ArrayList<>();
        for (AdjudicationDecision entry : log) {
            if (isSuggestionDecision(entry)) {
                standing.add(entry);
            } else if (entry.rule().startsWith(WITHDRAWN + RULE_PREFIX)) {
                String rule = entry.rule().substring(WITHDRAWN.length());
                for (int i = standing.size() - 1; i >= 0; i--) {
                    AdjudicationDecision d = standing.get(i);
                    if (d.rule().equals(rule) && d.document().equals(entry.document()) && d.code().equals(entry.code())
                            && d.start() == entry.start() && d.end() == entry.end() && d.coders().equals(entry.coders())) {
                        standing.remove(i);
                        break;
                    }
                }
            }
        }
        return standing;
    }

    /** The standing decisions that say a code does not apply to a span (rejected, or accepted with another code). */
    public static List<AdjudicationDecision> rejections(List<AdjudicationDecision> log) {
        return standing(log).stream().filter(d -> d.outcome() == AdjudicationDecision.Outcome.REJECTED).toList();
    }
}
