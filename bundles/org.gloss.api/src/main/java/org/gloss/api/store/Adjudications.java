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

    /** All decisions, oldest first. */
    List<AdjudicationDecision> list();

    long count();
}
