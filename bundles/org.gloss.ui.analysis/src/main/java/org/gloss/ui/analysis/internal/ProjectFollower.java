package org.gloss.ui.analysis.internal;

import java.util.EnumSet;
import java.util.Set;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.util.Duration;

import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.Workspace;
import org.gloss.ui.workbench.model.WorkspaceListener;

/**
 * Keeps a view in step with the project: after codings, codes, coders or documents change (here,
 * or in another process or on the server, as the workbench hears it) the view recomputes, once per
 * burst of changes and only while it is on screen; a view that was off screen recomputes when it
 * comes back. Opening another project recomputes at once.
 */
final class ProjectFollower {
    static final Set<Change.Kind> ANALYSED = EnumSet.of(Change.Kind.CODINGS, Change.Kind.CODEBOOK, Change.Kind.CODERS, Change.Kind.CASES,
            Change.Kind.DOCUMENTS, Change.Kind.PROJECT);

    private final Node view;
    private final Runnable onProject;
    private final Runnable recompute;
    private final PauseTransition settle = new PauseTransition(Duration.millis(250));
    private final WorkspaceListener listener = this::changed;
    private boolean stale;

    /**
     * @param onProject called (on the FX thread) when another project opens or the codebook, coders
     *                  or documents change: the view refreshes its choices
     * @param recompute called when the shown results may have changed
     */
    ProjectFollower(WorkbenchContext context, Node view, Runnable onProject, Runnable recompute) {
        this.view = view;
        this.onProject = onProject;
        this.recompute = recompute;
        settle.setOnFinished(e -> recomputeIfShown());
        context.workspaceProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(listener);
            }
            follow(now);
            onProject.run();
            stale = true;
            recomputeIfShown();
        });
        follow(context.workspace());
        view.sceneProperty().addListener((o, was, now) -> {
            if (now != null && stale) {
                recomputeIfShown();
            }
        });
    }

    private void follow(Workspace workspace) {
        if (workspace != null) {
            workspace.addListener(listener);
        }
    }

    private void changed(Change change) {
        if (!ANALYSED.contains(change.kind())) {
            return;
        }
        if (change.kind() != Change.Kind.CODINGS) {
            onProject.run();
        }
        stale = true;
        settle.playFromStart();
    }

    private void recomputeIfShown() {
        if (view.getScene() != null && stale) {
            stale = false;
            recompute.run();
        }
    }
}
