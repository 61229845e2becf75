package org.gloss.ui.analysis.internal;

import javafx.scene.Node;

import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.analysis.AnalysisTables;
import org.gloss.api.analysis.WordFrequencies;
import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Word frequencies: a tab of the Analysis perspective, present while word frequencies (the search index's bundle) are. */
@Component(service = ViewContribution.class)
public class WordsView implements ViewContribution {
    static final String ID = "org.gloss.analysis.words";

    private final Services services;
    private final WordFrequencies words;

    @Activate
    public WordsView(@Reference AnalysisService analysis, @Reference AnalysisTables tables,
                     @Reference InstalledTableExporters exporters, @Reference WordFrequencies words) {
        this(new Services(analysis, tables, exporters::now, FileTargets.CHOOSER), words);
    }

    WordsView(Services services, WordFrequencies words) {
        this.services = services;
        this.words = words;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Words";
    }

    @Override
    public ViewArea area() {
        return ViewArea.ANALYSIS;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Node createView(WorkbenchContext context) {
        return new WordsPane(context, services, words).node();
    }
}
