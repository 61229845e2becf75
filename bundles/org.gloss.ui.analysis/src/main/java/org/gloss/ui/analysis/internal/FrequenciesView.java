package org.gloss.ui.analysis.internal;

import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.analysis.AnalysisTables;
import org.gloss.ui.workbench.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Frequencies of codes, coders, documents, attribute values: a tab of the Analysis perspective, present while the analysis engine is. */
@Component(service = ViewContribution.class)
public class FrequenciesView extends AnalysisView {
    static final String ID = "org.gloss.analysis.frequencies";

    @Activate
    public FrequenciesView(@Reference AnalysisService analysis, @Reference AnalysisTables tables,
            @Reference InstalledTableExporters exporters) {
        this(installed(analysis, tables, exporters));
    }

    FrequenciesView(Services services) {
        super(ID, "Frequencies", 40, context -> new FrequenciesPane(context, services).node());
    }
}
