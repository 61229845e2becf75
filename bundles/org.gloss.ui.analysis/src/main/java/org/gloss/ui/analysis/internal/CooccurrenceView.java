package org.gloss.ui.analysis.internal;

import javafx.scene.Node;

import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.analysis.AnalysisTables;
import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Code co-occurrence as a heat map: a tab of the Analysis perspective, present while the analysis engine is. */
@Component(service = ViewContribution.class)
public class CooccurrenceView implements ViewContribution {
    static final String ID = "org.gloss.analysis.cooccurrence";

    private final Services services;

    @Activate
    public CooccurrenceView(@Reference AnalysisService analysis, @Reference AnalysisTables tables,
                 @Reference InstalledTableExporters exporters) {
        this(new Services(analysis, tables, exporters::now, FileTargets.CHOOSER));
    }

    CooccurrenceView(Services services) {
        this.services = services;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Co-occurrence";
    }

    @Override
    public ViewArea area() {
        return ViewArea.ANALYSIS;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Node createView(WorkbenchContext context) {
        return new CooccurrencePane(context, services).node();
    }
}
