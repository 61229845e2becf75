package org.gloss.analysis.internal.cli;

import org.gloss.analysis.internal.AnalysisErrors;
import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.analysis.AnalysisTables;
import org.gloss.api.analysis.WordFrequencies;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.exporter.TableExporter;

/** Finds the services the commands use at run time, as any bundle would. */
final class Services {
    private Services() {
    }

    static AnalysisService analysis(CommandContext context) {
        return context.services(AnalysisService.class).stream().findFirst().orElseThrow(AnalysisErrors::noAnalysisService);
    }

    static AnalysisTables tables(CommandContext context) {
        return context.services(AnalysisTables.class).stream().findFirst().orElseThrow(AnalysisErrors::noAnalysisService);
    }

    static WordFrequencies words(CommandContext context) {
        return context.services(WordFrequencies.class).stream().findFirst().orElseThrow(AnalysisErrors::noWordFrequencies);
    }

    static TableExporter exporter(CommandContext context, String id) {
        return context.services(TableExporter.class).stream().filter(e -> e.id().equalsIgnoreCase(id)).findFirst()
                .orElseThrow(() -> AnalysisErrors.noTableExporter(id));
    }
}
