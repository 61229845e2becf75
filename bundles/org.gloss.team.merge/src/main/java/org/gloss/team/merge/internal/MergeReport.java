package org.gloss.team.merge.internal;

import java.util.List;

import org.gloss.api.store.ProjectChangeListener;

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

    /** The documents added to the target, for what derives data from documents (a search index). */
    public ProjectChangeListener.DocumentsChanged documentsChanged() {
        return ProjectChangeListener.DocumentsChanged.added(written
                ? sources.stream().flatMap(s -> s.addedDocumentIds().stream()).toList() : List.of());
    }

    /** Conflicts exist and nobody said how to resolve them. */
    public boolean refused() {
        return preference == null && !conflicts().isEmpty();
    }
}
