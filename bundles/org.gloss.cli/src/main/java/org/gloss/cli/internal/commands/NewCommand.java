package org.gloss.cli.internal.commands;

import org.gloss.core.cli.GlossCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "new", description = "Create a project file (error if it exists).")
public class NewCommand extends GlossCommand {
    // not a ProjectParameter: this one is created, and says so in the usage
    @Parameters(index = "0", paramLabel = "P", description = "project file to create, e.g. study.gloss")
    String project;

    @Override
    public Integer call() {
        context().createProject(project).close();
        context().out().println("created " + Terminal.visible(String.valueOf(project)));
        return 0;
    }
}
