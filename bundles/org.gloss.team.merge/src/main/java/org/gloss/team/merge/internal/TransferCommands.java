package org.gloss.team.merge.internal;

import java.util.Locale;

import org.gloss.api.cli.CommandContribution;
import org.gloss.core.cli.GlossCommand;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gloss push P URL} and {@code gloss pull URL P}: a project between a file and a server. */
public final class TransferCommands {
    private TransferCommands() {
    }

    abstract static class Transfer extends GlossCommand {
        @Spec CommandSpec spec;
        @Option(names = "--prefer", paramLabel = "target|source",
                description = "Resolve conflicts with an existing destination in favour of this side.")
        String prefer;

        Preference preference() {
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
    }

    @Command(name = "push", mixinStandardHelpOptions = true, description = {"Copy a project file to a server project (created if missing; "
            + "an existing one receives what it lacks, as in gloss merge)."})
    @Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=push")
    public static final class Push extends Transfer {
        @Parameters(index = "0", paramLabel = "P") String file;
        @Parameters(index = "1", paramLabel = "URL") String server;

        @Override
        public Integer call() {
            new ProjectTransfer(context()).run(file, server, preference(), "pushed");
            return 0;
        }
    }

    @Command(name = "pull", mixinStandardHelpOptions = true, description = {"Copy a server project to a project file (created if missing; "
            + "an existing one receives what it lacks, as in gloss merge)."})
    @Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=pull")
    public static final class Pull extends Transfer {
        @Parameters(index = "0", paramLabel = "URL") String server;
        @Parameters(index = "1", paramLabel = "P") String file;

        @Override
        public Integer call() {
            new ProjectTransfer(context()).run(server, file, preference(), "pulled");
            return 0;
        }
    }
}
