package org.gloss.ui.adjudication.internal;

import javafx.scene.Node;

import org.gloss.api.agreement.AgreementStudies;
import org.gloss.ui.workbench.api.DocumentViewFactory;
import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Contributes the disagreement review to the Comparison perspective. It needs the agreement
 * service (bundle org.gloss.agreement) and a document view; without either the tab is absent.
 */
@Component(service = ViewContribution.class)
public class AdjudicationViewContribution implements ViewContribution {
    @Reference
    private AgreementStudies studies;
    @Reference
    private DocumentViewFactory documentViews;

    public AdjudicationViewContribution() {
    }

    /** With its services given by hand (tests, which run without a framework). */
    public AdjudicationViewContribution(AgreementStudies studies, DocumentViewFactory documentViews) {
        this.studies = studies;
        this.documentViews = documentViews;
    }

    @Override
    public String id() {
        return "org.gloss.adjudication";
    }

    @Override
    public String title() {
        return "Disagreements";
    }

    @Override
    public ViewArea area() {
        return ViewArea.COMPARISON;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Node createView(WorkbenchContext context) {
        return new AdjudicationView(context, studies, documentViews).node();
    }
}
