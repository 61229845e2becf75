package org.gloss.ui.suggest.internal;

import javafx.scene.Node;

import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.osgi.service.component.annotations.Component;

/** The Suggestions view, in the bottom area of the Coding perspective beside the coded segments. */
@Component(service = ViewContribution.class)
public class SuggestionsView implements ViewContribution {
    static final String ID = "org.gloss.suggestions";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Suggestions";
    }

    @Override
    public ViewArea area() {
        return ViewArea.BOTTOM;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Node createView(WorkbenchContext context) {
        return new SuggestionsPane(context).node();
    }
}
