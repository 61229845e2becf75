package org.gloss.team.merge.internal;

import java.util.List;

/**
 * The outcome of a merge.
 *
 * @param sources    one report per source copy, in merge order
 * @param written    whether the target was changed (false for a dry run or a refused merge)
 * @param preference how conflicts were resolved, or null if they were not
 */
public record MergeReport(List<SourceReport> sources, boolean written, Preference preference) {
    public MergeReport {
        sources = List.copyOf(sources);
    }

    public List<MergeConflict> conflicts() {
        return sources.stream().flatMap(s -> s.conflicts().stream()).toList();
    }

    /** Conflicts exist and nobody said how to resolve them. */
    public boolean refused() {
        return preference == null && !conflicts().isEmpty();
    }
}
