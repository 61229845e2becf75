package org.gloss.ui.analysis.internal;

import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.analysis.AnalysisTables;
import org.gloss.api.analysis.WordFrequencies;
import org.gloss.ui.workbench.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Word frequencies: a tab of the Analysis perspective, present while word frequencies (the search index's bundle) are. */
@Component(service = ViewContribution.class)
public class WordsView extends AnalysisView {
    static final String ID = "org.gloss.analysis.words";

    @Activate
    public WordsView(@Reference AnalysisService analysis, @Reference AnalysisTables tables,
            @Reference InstalledTableExporters exporters, @Reference WordFrequencies words) {
        this(installed(analysis, tables, exporters), words);
    }

    WordsView(Services services, WordFrequencies words) {
        super(ID, "Words", 50, context -> new WordsPane(context, services, words).node());
    }
}
