package org.gloss.ui.analysis.internal;

import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.analysis.AnalysisTables;
import org.gloss.ui.workbench.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Code co-occurrence as a heat map: a tab of the Analysis perspective, present while the analysis engine is. */
@Component(service = ViewContribution.class)
public class CooccurrenceView extends AnalysisView {
    static final String ID = "org.gloss.analysis.cooccurrence";

    @Activate
    public CooccurrenceView(@Reference AnalysisService analysis, @Reference AnalysisTables tables,
            @Reference InstalledTableExporters exporters) {
        this(installed(analysis, tables, exporters));
    }

    CooccurrenceView(Services services) {
        super(ID, "Co-occurrence", 20, context -> new CooccurrencePane(context, services).node());
    }
}
