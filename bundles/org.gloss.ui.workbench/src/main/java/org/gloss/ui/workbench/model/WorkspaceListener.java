package org.gloss.ui.workbench.model;

/** Told after the workspace changed; called on the thread that changed it (the FX thread in the UI). */
@FunctionalInterface
public interface WorkspaceListener {
    void changed(Change change);
}
