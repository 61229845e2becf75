package org.gloss.cli.internal.commands;

import java.util.List;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.error.GlossException;
import org.gloss.api.store.ProjectCheck;
import org.gloss.core.cli.GlossCommand;
import org.gloss.core.cli.ProjectParameter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gloss check} and {@code gloss recover}: find damage in a project, and salvage a damaged one. */
public final class CheckCommands {
    private CheckCommands() {
    }

    static ProjectCheck checkFor(CommandContext context, String location) {
        return context.services(ProjectCheck.class).stream().filter(c -> c.handles(location)).findFirst()
                .orElseThrow(() -> new GlossException("no installed store can check " + location));
    }

    @Command(name = "check", description = "Check a project for damage: SQLite's integrity check and Gloss's own "
            + "invariants (offsets inside the text, references resolve, the code tree has no cycle). Never changes it.")
    public static class Check extends GlossCommand {
        // checked and recovered through ProjectCheck, never opened as a session
        @Mixin ProjectParameter project;
        @Option(names = "--quick", description = "SQLite's quick check instead of the full integrity check") boolean quick;

        @Override
        public Integer call() {
            String location = project.location();
            List<String> problems = checkFor(context(), location).check(location, quick);
            if (problems.isEmpty()) {
                context().out().println(Terminal.visible(location) + ": no problems found");
                return 0;
            }
            problems.forEach(p -> context().out().println(Terminal.visible(p)));
            throw new GlossException(location + " is damaged: " + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + " (listed above); `gloss recover " + location
                    + " --out NEW` copies what can be read into a new project");
        }
    }

    @Command(name = "recover", description = "Copy what can be read from a damaged project into a new one, and say what was lost.")
    public static class Recover extends GlossCommand {
        // checked and recovered through ProjectCheck, never opened as a session
        @Mixin ProjectParameter project;
        @Option(names = "--out", required = true, paramLabel = "NEW") String out;

        @Override
        public Integer call() {
            String location = project.location();
            ProjectCheck.Recovery recovery = checkFor(context(), location).recover(location, out);
            recovery.copied().forEach(line -> context().out().println("copied " + Terminal.visible(line)));
            recovery.lost().forEach(line -> context().err().println("gloss: warning: lost " + Terminal.visible(line)));
            context().out().println("recovered " + location + " into " + out
                    + (recovery.lost().isEmpty() ? "; nothing was lost" : "; see the warnings for what was lost"));
            return 0;
        }
    }
}
