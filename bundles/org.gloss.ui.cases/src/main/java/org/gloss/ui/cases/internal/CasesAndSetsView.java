package org.gloss.ui.cases.internal;

import javafx.scene.Node;

import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.osgi.service.component.annotations.Component;

/** The Cases &amp; Sets view, a tab beside the codebook, below the documents it takes dropped documents from. */
@Component(service = ViewContribution.class)
public class CasesAndSetsView implements ViewContribution {
    static final String ID = "org.gloss.cases";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Cases & Sets";
    }

    @Override
    public ViewArea area() {
        return ViewArea.LEFT_BOTTOM;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Node createView(WorkbenchContext context) {
        return new CasesPane(context);
    }
}
