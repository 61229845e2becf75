package org.gloss.agreement.internal;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.cli.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** Contributes {@code gloss disagreements}. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=disagreements")
public class DisagreementsContribution implements CommandContribution {
    @Override
    public Object createCommand(CommandContext context) {
        return new DisagreementsCommand(context);
    }
}
