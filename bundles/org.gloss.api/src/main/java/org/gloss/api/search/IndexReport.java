package org.gloss.api.search;

/**
 * What bringing the index up to date did.
 *
 * @param rebuilt     true when the index was (re)built from scratch
 * @param reason      why it was written ("up to date", "missing", "stale", "damaged: ...")
 * @param added       documents (re)indexed
 * @param removed     documents removed from the index
 * @param documents   documents in the index afterwards
 */
public record IndexReport(boolean rebuilt, String reason, int added, int removed, int documents) {
    public boolean changed() {
        return rebuilt || added > 0 || removed > 0;
    }
}
