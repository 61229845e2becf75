package org.gloss.bench.team.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.cli.CommandContribution;
import org.gloss.api.error.GlossException;
import org.gloss.api.store.ProjectSession;

import picocli.CommandLine;

/**
 * Runs a contributed {@code gloss} command in this process, as the command line does (the same
 * command object, parsed by picocli), with its output kept: a benchmark measures what the user
 * runs without starting another JVM and without reaching into the contributing bundle.
 */
final class InProcessCommands {
    private InProcessCommands() {
    }

    /** Runs {@code gloss NAME ARGS...}; returns what it printed, or fails with what it printed on error. */
    static String run(CommandContext context, String name, String... args) {
        StringWriter printed = new StringWriter();
        CommandContext quiet = new Captured(context, new PrintWriter(printed, true));
        CommandLine command = find(quiet, name);
        Exception[] failure = new Exception[1];
        command.setExecutionExceptionHandler((ex, cl, parsed) -> {
            failure[0] = ex;
            return 1;
        });
        command.setOut(quiet.out());
        command.setErr(quiet.err());
        int status = command.execute(args);
        if (failure[0] instanceof GlossException e) {
            throw e;
        }
        if (status != 0 || failure[0] != null) {
            throw new IllegalStateException("gloss " + name + " " + String.join(" ", args) + " failed with status " + status
                    + ": " + printed, failure[0]);
        }
        return printed.toString();
    }

    private static CommandLine find(CommandContext context, String name) {
        for (CommandContribution contribution : context.services(CommandContribution.class)) {
            Object command = contribution.createCommand(context);
            CommandLine line = command instanceof CommandLine cl ? cl : new CommandLine(command);
            if (line.getCommandName().equals(name)) {
                return line;
            }
        }
        throw new GlossException("the command 'gloss " + name + "' is not installed");
    }

    /** The caller's context with both output streams going to one writer. */
    private record Captured(CommandContext context, PrintWriter out) implements CommandContext {
        @Override
        public ProjectSession openProject(String location) {
            return context.openProject(location);
        }

        @Override
        public ProjectSession createProject(String location) {
            return context.createProject(location);
        }

        @Override
        public <S> List<S> services(Class<S> type) {
            return context.services(type);
        }

        @Override
        public PrintWriter err() {
            return out;
        }
    }
}
