package org.gloss.export.cli.internal;

import org.gloss.api.cli.CommandContext;
import org.gloss.api.cli.CommandContribution;
import org.osgi.service.component.annotations.Component;

/** Contributes {@code gloss import-codebook}. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=import-codebook")
public class ImportCodebookContribution implements CommandContribution {
    @Override
    public Object createCommand(CommandContext context) {
        return new ImportCodebookCommand(context);
    }
}
