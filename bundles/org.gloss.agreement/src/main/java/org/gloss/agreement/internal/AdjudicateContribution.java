package org.gloss.agreement.internal;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.cli.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** Contributes {@code gloss adjudicate}. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=adjudicate")
public class AdjudicateContribution implements CommandContribution {
    @Override
    public Object createCommand(CommandContext context) {
        return new AdjudicateCommand(context);
    }
}
