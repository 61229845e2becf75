package org.gloss.team.merge.internal;

import java.util.ArrayList;
import java.util.List;

import org.gloss.api.store.ProjectSession;

/**
 * Merges coders' copies of a project into a target project, in one transaction on the target:
 * a dry run, a refused merge (conflicts without a {@link Preference}) or any error leaves the
 * target exactly as it was. Sources are only read. See {@link SourceMerge} for the matching rules.
 */
public final class ProjectMerger {
    /** A copy to merge from, with the label reports use for it (e.g. its file name). */
    public record Source(String label, ProjectSession session) {
    }

    private final ProjectSession target;
    private final Preference preference;

    /** @param preference how to resolve conflicts, or null to refuse a merge that has any */
    public ProjectMerger(ProjectSession target, Preference preference) {
        this.target = target;
        this.preference = preference;
    }

    public MergeReport merge(List<Source> sources, boolean dryRun) {
        try {
            return target.inTransaction(() -> {
                MergeReport report = mergeAll(sources, !dryRun);
                if (!report.written()) {
                    throw new RollBack(report);
                }
                return report;
            });
        } catch (RollBack rollBack) {
            return rollBack.report;
        }
    }

    private MergeReport mergeAll(List<Source> sources, boolean write) {
        List<SourceReport> reports = new ArrayList<>();
        for (Source source : sources) {
            reports.add(new SourceMerge(target, source.session(), source.label(), preference).run());
        }
        boolean conflictsUnresolved = preference == null && reports.stream().anyMatch(r -> !r.conflicts().isEmpty());
        return new MergeReport(reports, write && !conflictsUnresolved, preference);
    }

    /** Carries the report out of a transaction that must not commit. */
    private static final class RollBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient MergeReport report;

        RollBack(MergeReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }
}
