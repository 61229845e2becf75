package org.gloss.api.store;

import java.util.List;

/**
 * The adjudication log: every decision taken while resolving disagreements between coders, in
 * the order taken. Entries are only ever added.
 */
public interface Adjudications {
    AdjudicationDecision record(NewAdjudicationDecision decision);

    /** Records all decisions in one transaction (all or none); returns how many. */
    int recordAll(List<NewAdjudicationDecision> decisions);

    /**
     * Adds decisions taken in another copy of the project (merge, push, pull), keeping when each
     * was taken; all or none, in the order given; returns how many. The default records them as
     * taken now, for stores that cannot set the time.
     */
    default int recordCopies(List<AdjudicationDecision> decisions) {
        return recordAll(decisions.stream().map(d -> new NewAdjudicationDecision(d.document(), d.code(), d.start(), d.end(),
                d.coders(), d.consensus(), d.outcome(), d.rule(), d.decidedBy(), d.note())).toList());
    }

    /** All decisions, oldest first. */
    List<AdjudicationDecision> list();

    long count();
}
