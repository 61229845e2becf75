package org.gloss.team.merge.internal;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.cli.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** Contributes {@code gloss push}. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=push")
public class PushCommandContribution implements CommandContribution {
    @Override
    public Object createCommand(CommandContext context) {
        return new TransferCommands.Push(context);
    }
}
