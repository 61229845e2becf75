package org.gloss.ui.analysis.internal;

import java.util.function.Function;

import javafx.scene.Node;

import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.analysis.AnalysisTables;
import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * A tab of the Analysis perspective: what every analysis view has in common, so that each view
 * says only its id, title, place and pane.
 */
abstract class AnalysisView implements ViewContribution {
    private final String id;
    private final String title;
    private final int order;
    private final Function<WorkbenchContext, Node> pane;

    AnalysisView(String id, String title, int order, Function<WorkbenchContext, Node> pane) {
        this.id = id;
        this.title = title;
        this.order = order;
        this.pane = pane;
    }

    /** The services of a view running in the framework: exports go where the user chooses. */
    static Services installed(AnalysisService analysis, AnalysisTables tables, InstalledTableExporters exporters) {
        return new Services(analysis, tables, exporters::now, FileTargets.CHOOSER);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public ViewArea area() {
        return ViewArea.ANALYSIS;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public Node createView(WorkbenchContext context) {
        return pane.apply(context);
    }
}
