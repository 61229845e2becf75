package org.gloss.cli.internal.commands;

import java.util.concurrent.Callable;

import org.gloss.api.cli.CommandContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "new", description = "Create a project file (error if it exists).")
public class NewCommand implements Callable<Integer> {
    private final CommandContext context;

    @Parameters(index = "0", paramLabel = "P", description = "project file to create, e.g. study.gloss")
    String project;

    public NewCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.createProject(project).close();
        context.out().println("created " + Terminal.visible(String.valueOf(project)));
        return 0;
    }
}
