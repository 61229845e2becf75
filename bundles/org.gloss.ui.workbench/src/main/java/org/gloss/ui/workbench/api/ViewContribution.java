package org.gloss.ui.workbench.api;

import javafx.scene.Node;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A view shown as a tab in a docking area. Registered as an OSGi service; the workbench adds the
 * tab when the service appears and removes it when it goes (a plugin being uninstalled).
 */
@ConsumerType
public interface ViewContribution {
    /** Stable id, e.g. "org.gloss.codebook". */
    String id();

    String title();

    ViewArea area();

    /** Views of one area are ordered by this, lowest first. */
    default int order() {
        return 100;
    }

    /** Creates the view's content; called on the FX thread, once per workbench window. */
    Node createView(WorkbenchContext context);
}
