package org.gloss.ui.analysis.internal;

import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.analysis.AnalysisTables;
import org.gloss.ui.workbench.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Code queries: passages by set algebra and proximity of codes: a tab of the Analysis perspective, present while the analysis engine is. */
@Component(service = ViewContribution.class)
public class QueryView extends AnalysisView {
    static final String ID = "org.gloss.analysis.query";

    @Activate
    public QueryView(@Reference AnalysisService analysis, @Reference AnalysisTables tables,
            @Reference InstalledTableExporters exporters) {
        this(installed(analysis, tables, exporters));
    }

    QueryView(Services services) {
        super(ID, "Query", 10, context -> new QueryPane(context, services).node());
    }
}
