package org.gloss.agreement.internal;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.cli.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** Contributes {@code gloss agree}. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=agree")
public class AgreeContribution implements CommandContribution {
    @Override
    public Object createCommand(CommandContext context) {
        return new AgreeCommand(context);
    }
}
