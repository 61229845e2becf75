package org.gloss.api.cli;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Adds a sub-command to the {@code gloss} command line. Register an implementation as an OSGi
 * service; the command line picks it up at run time, so a new command is a new bundle.
 */
@ConsumerType
public interface CommandContribution {
    /**
     * The service property naming the top-level command a contribution adds (e.g.
     * {@code gloss.command=export}). With it, the command line activates the contribution only
     * when that command runs (or for help); a contribution without it is made for every command.
     */
    String COMMAND_PROPERTY = "gloss.command";

    /**
     * Creates the command object: a picocli {@code @Command}-annotated instance whose name is the
     * sub-command's name. It is created anew for every invocation.
     */
    Object createCommand(CommandContext context);
}
