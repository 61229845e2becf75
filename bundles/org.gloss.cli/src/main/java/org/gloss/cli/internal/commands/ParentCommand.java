package org.gloss.cli.internal.commands;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command group such as {@code gloss doc}: on its own it only asks for a sub-command. */
public abstract class ParentCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing sub-command: one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
