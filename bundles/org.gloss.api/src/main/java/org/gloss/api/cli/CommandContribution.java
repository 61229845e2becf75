package org.gloss.api.cli;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Adds a sub-command to the {@code gloss} command line. Register an implementation as an OSGi
 * service; the command line picks it up at run time, so a new command is a new bundle.
 */
@ConsumerType
public interface CommandContribution {
    /**
     * Creates the command object: a picocli {@code @Command}-annotated instance whose name is the
     * sub-command's name. It is created anew for every invocation.
     */
    Object createCommand(CommandContext context);
}
