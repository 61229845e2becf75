package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The coders a command compares: {@code --coders A,B} or, for names that contain a comma,
 * {@code --coder A --coder B} (both may be mixed). At least one must be given.
 */
final class CoderOptions {
    @Option(names = "--coders", split = ",", paramLabel = "A,B[,C...]", description = "the coders, separated by commas")
    List<String> listed = new ArrayList<>();

    @Option(names = "--coder", paramLabel = "NAME", description = "one coder; repeat it (for names that contain commas)")
    List<String> repeated = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    List<String> names() {
        List<String> all = new ArrayList<>(listed);
        all.addAll(repeated);
        if (all.isEmpty()) {
            throw new ParameterException(command.commandLine(),
                    "Missing required option: '--coders=A,B[,C...]' (or '--coder=NAME', repeated)");
        }
        return all;
    }
}
