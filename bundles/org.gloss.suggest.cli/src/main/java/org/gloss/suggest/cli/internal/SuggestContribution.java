package org.gloss.suggest.cli.internal;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.cli.CommandContribution;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine;

/** Contributes {@code gloss suggest} and {@code gloss suggest evaluate}. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=suggest")
public class SuggestContribution implements CommandContribution {
    @Override
    public Object createCommand(CommandContext context) {
        return new CommandLine(new SuggestCommand(context)).addSubcommand(new EvaluateCommand(context));
    }
}
