package org.gloss.export.cli.internal;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.cli.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** Contributes {@code gloss export}. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=export")
public class ExportContribution implements CommandContribution {
    @Override
    public Object createCommand(CommandContext context) {
        return new ExportCommand(context);
    }
}
