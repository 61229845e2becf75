package org.gloss.team.merge.internal;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.cli.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** Contributes {@code gloss merge}. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=merge")
public class MergeCommandContribution implements CommandContribution {
    @Override
    public Object createCommand(CommandContext context) {
        return new MergeCommand(context);
    }
}
