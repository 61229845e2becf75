package org.gloss.ui.chart.internal;

import javafx.scene.Node;

import org.gloss.api.analysis.AnalysisService;
import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The Chart tab of the Analysis perspective: every installed chart kind, drawn from the analysis engine. */
@Component(service = ViewContribution.class)
public class ChartView implements ViewContribution {
    static final String ID = "org.gloss.analysis.chart";

    private final ChartServices services;

    @Activate
    public ChartView(@Reference AnalysisService analysis, @Reference InstalledCharts charts) {
        this(new ChartServices(analysis, charts, FileTargets.CHOOSER));
    }

    ChartView(ChartServices services) {
        this.services = services;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Chart";
    }

    @Override
    public ViewArea area() {
        return ViewArea.ANALYSIS;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Node createView(WorkbenchContext context) {
        return new ChartPane(context, services).node();
    }
}
