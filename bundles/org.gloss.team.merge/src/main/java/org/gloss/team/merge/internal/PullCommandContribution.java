package org.gloss.team.merge.internal;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.cli.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** Contributes {@code gloss pull}. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=pull")
public class PullCommandContribution implements CommandContribution {
    @Override
    public Object createCommand(CommandContext context) {
        return new TransferCommands.Pull(context);
    }
}
