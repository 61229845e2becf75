package org.gloss.ui.cases.internal;

import javafx.scene.Node;

import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.osgi.service.component.annotations.Component;

/** The classification sheet (cases x attributes), a tab of the bottom area where a wide table fits. */
@Component(service = ViewContribution.class)
public class ClassificationSheetView implements ViewContribution {
    static final String ID = "org.gloss.cases.sheet";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Classification sheet";
    }

    @Override
    public ViewArea area() {
        return ViewArea.BOTTOM;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public Node createView(WorkbenchContext context) {
        return new SheetPane(context);
    }
}
