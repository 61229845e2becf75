package org.gloss.team.merge.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.error.GlossException;
import org.gloss.api.store.ProjectSession;

/**
 * Moves a project between two stores (a file and a server): a merge into the destination, which
 * is created if it does not exist yet. Merging makes a repeated transfer add nothing, and lets a
 * project that {@code gloss server init} prepared (empty, with its roles) receive the file.
 */
final class ProjectTransfer {
    private final CommandContext context;

    ProjectTransfer(CommandContext context) {
        this.context = context;
    }

    void run(String from, String to, Preference preference, String verb) {
        try (ProjectSession source = context.openProject(from); ProjectSession destination = openOrCreate(to)) {
            MergeReport report = new ProjectMerger(destination, preference)
                    .merge(List.of(new ProjectMerger.Source(from, source)), false);
            PrintWriter out = context.out();
            SourceReport added = report.sources().get(0);
            if (report.refused()) {
                report.conflicts().forEach(c -> context.err().println("  " + c));
                throw MergeErrors.mergeRefused(report.conflicts().size());
            }
            out.println(verb + " " + from + " to " + to + ": " + added.summary());
            if (!report.conflicts().isEmpty()) {
                out.println(report.conflicts().size() + " conflict(s), resolved in favour of the "
                        + preference.name().toLowerCase(Locale.ROOT) + ":");
                report.conflicts().forEach(c -> out.println("  " + c));
            }
            out.flush();
        }
    }

    private ProjectSession openOrCreate(String location) {
        try {
            return context.openProject(location);
        } catch (GlossException notThereYet) {
            // a missing project is created; any other problem (unreachable server, wrong
            // password) makes creating fail the same way, and that error is reported
            return context.createProject(location);
        }
    }
}
