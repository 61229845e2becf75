package org.gloss.team.merge.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gloss.api.cli.CommandContribution;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cli.GlossCommand;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gloss merge TARGET SOURCE... [--dry-run] [--prefer target|source]}. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=merge")
@Command(name = "merge", mixinStandardHelpOptions = true, description = {
        "Merge coders' copies (SOURCE) into TARGET: documents match by text, codes by path, coders by name.",
        "Conflicts are listed and refused unless --prefer says which side wins; nothing is written then."})
public final class MergeCommand extends GlossCommand {
    @Spec CommandSpec spec;
    @Parameters(index = "0", paramLabel = "TARGET") String target;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SOURCE") List<String> sources;
    @Option(names = "--dry-run", description = "Report what would be merged; write nothing.") boolean dryRun;
    @Option(names = "--prefer", paramLabel = "target|source", description = "Resolve conflicts in favour of this side.")
    String prefer;

    @Override
    public Integer call() {
        Preference preference = parsePreference();
        for (String source : sources) {
            if (sameProject(source, target)) {
                throw MergeErrors.mergeIntoItself(source);
            }
        }
        List<ProjectSession> opened = new ArrayList<>();
        try (ProjectSession targetSession = context().openProject(target)) {
            List<ProjectMerger.Source> copies = new ArrayList<>();
            for (String source : sources) {
                ProjectSession session = context().openProject(source);
                opened.add(session);
                copies.add(new ProjectMerger.Source(label(source), session));
            }
            MergeReport report = new ProjectMerger(targetSession, preference).merge(copies, dryRun);
            print(report);
            if (report.refused()) {
                throw MergeErrors.mergeRefused(report.conflicts().size());
            }
        } finally {
            opened.forEach(ProjectSession::close);
        }
        return 0;
    }

    private void print(MergeReport report) {
        PrintWriter out = context().out();
        for (SourceReport source : report.sources()) {
            out.println((report.written() ? "merged " : "would merge ") + source.source() + ": " + source.summary());
        }
        List<MergeConflict> conflicts = report.conflicts();
        if (!conflicts.isEmpty()) {
            PrintWriter stream = report.refused() ? context().err() : out;
            stream.println(conflicts.size() + " conflict(s)" + (report.preference() == null ? ""
                    : ", resolved in favour of the " + report.preference().name().toLowerCase(Locale.ROOT)) + ":");
            conflicts.forEach(c -> stream.println("  " + c));
        }
        if (dryRun) {
            out.println("dry run: nothing was written");
        }
        out.flush();
    }

    private Preference parsePreference() {
        if (prefer == null) {
            return null;
        }
        return switch (prefer.toLowerCase(Locale.ROOT)) {
            case "target" -> Preference.TARGET;
            case "source" -> Preference.SOURCE;
            default -> throw new ParameterException(spec.commandLine(),
                    "--prefer must be 'target' or 'source', not '" + prefer + "'");
        };
    }

    private static boolean sameProject(String a, String b) {
        if (a.contains("://") || b.contains("://")) {
            return a.equals(b);
        }
        return Path.of(a).toAbsolutePath().normalize().equals(Path.of(b).toAbsolutePath().normalize());
    }

    private static String label(String location) {
        if (location.contains("://")) {
            return location;
        }
        Path name = Path.of(location).getFileName();
        return name == null ? location : name.toString();
    }
}
