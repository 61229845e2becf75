package org.gloss.ui.suggest.internal;

import javafx.scene.Node;

import org.gloss.api.suggest.SuggestionEvaluation;
import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The suggestion audit, a tab of the Analysis perspective; present while the audit (org.gloss.suggest.audit) is. */
@Component(service = ViewContribution.class)
public class AuditView implements ViewContribution {
    static final String ID = "org.gloss.suggestions.audit";

    private final SuggestionEvaluation evaluation;

    @Activate
    public AuditView(@Reference SuggestionEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Suggestion audit";
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
        return new AuditPane(context, evaluation).node();
    }
}
