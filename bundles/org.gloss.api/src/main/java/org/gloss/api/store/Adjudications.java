package org.gloss.api.store;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The adjudication log: every decision taken while resolving disagreements between coders, in
 * the order taken. Entries are only ever added.
 */
@ProviderType
public interface Adjudications {
    AdjudicationDecision record(NewAdjudicationDecision decision);

    /** Records all decisions in one transaction (all or none); returns how many. */
    int recordAll(List<NewAdjudicationDecision> decisions);

    /**
     * Adds decisions taken in another copy of the project (merge, push, pull), keeping when each
     * was taken; all or none, in the order given; returns how many.
     */
    int recordCopies(List<AdjudicationDecision> decisions);

    /** All decisions, oldest first. */
    List<AdjudicationDecision> list();

    long count();
}
