package org.gloss.export.cli.internal;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.cli.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** Contributes {@code gloss import-project}. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=import-project")
public class ImportProjectContribution implements CommandContribution {
    @Override
    public Object createCommand(CommandContext context) {
        return new ImportProjectCommand(context);
    }
}
