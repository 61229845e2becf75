package org.gloss.ui.analysis.internal;

import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.analysis.AnalysisTables;
import org.gloss.ui.workbench.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Codes by documents, coders or attribute values: a tab of the Analysis perspective, present while the analysis engine is. */
@Component(service = ViewContribution.class)
public class MatrixView extends AnalysisView {
    static final String ID = "org.gloss.analysis.matrix";

    @Activate
    public MatrixView(@Reference AnalysisService analysis, @Reference AnalysisTables tables,
            @Reference InstalledTableExporters exporters) {
        this(installed(analysis, tables, exporters));
    }

    MatrixView(Services services) {
        super(ID, "Matrix", 30, context -> new MatrixPane(context, services).node());
    }
}
