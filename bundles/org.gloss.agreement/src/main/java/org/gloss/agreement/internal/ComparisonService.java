package org.gloss.agreement.internal;

import java.util.List;

import org.gloss.agreement.internal.AgreementErrors;
import org.gloss.api.agreement.AgreementStudies;
import org.gloss.api.cli.CommandContext;

/** Finds the {@link AgreementStudies} service for a command, as the workbench finds it: as a service. */
final class ComparisonService {
    private ComparisonService() {
    }

    static AgreementStudies of(CommandContext context) {
        List<AgreementStudies> found = context.services(AgreementStudies.class);
        if (found.isEmpty()) {
            throw AgreementErrors.noComparisonService();
        }
        return found.get(0);
    }
}
