package org.gloss.ui.chart.internal;

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
 * Keeps the chart in step with the project, as the analysis views are kept: after codings, codes,
 * coders or documents change (here, in another process or on the server, as the workbench hears
 * it) the chart is redrawn once per burst of changes, and only while it is on screen; a chart
 * that was off screen is redrawn when it comes back. Opening another project redraws at once.
 */
final class ProjectFollower {
    static final Set<Change.Kind> CHARTED = EnumSet.of(Change.Kind.CODINGS, Change.Kind.CODEBOOK, Change.Kind.CODERS,
            Change.Kind.DOCUMENTS, Change.Kind.PROJECT);

    private final Node view;
    private final Runnable redraw;
    private final PauseTransition settle = new PauseTransition(Duration.millis(250));
    private final WorkspaceListener listener = this::changed;
    private final Runnable onData;
    private final Runnable onChoices;
    private boolean stale;

    /**
     * @param onData    called at once on every change of what charts show (the worker reads the project again)
     * @param onChoices called when another project opens or its codebook, coders or documents change
     * @param redraw    called when the chart shown may have changed and is on screen
     */
    ProjectFollower(WorkbenchContext context, Node view, Runnable onData, Runnable onChoices, Runnable redraw) {
        this.view = view;
        this.onData = onData;
        this.onChoices = onChoices;
        this.redraw = redraw;
        settle.setOnFinished(e -> redrawIfShown());
        context.workspaceProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(listener);
            }
            follow(now);
            onData.run();
            onChoices.run();
            stale = true;
            redrawIfShown();
        });
        follow(context.workspace());
        view.sceneProperty().addListener((o, was, now) -> redrawIfShown());
        stale = true;
    }

    private void follow(Workspace workspace) {
        if (workspace != null) {
            workspace.addListener(listener);
        }
    }

    private void changed(Change change) {
        if (!CHARTED.contains(change.kind())) {
            return;
        }
        onData.run();
        if (change.kind() != Change.Kind.CODINGS) {
            onChoices.run();
        }
        stale = true;
        settle.playFromStart();
    }

    /** The chart is stale whatever the project did (an option or filter changed while it was off screen). */
    void markStale() {
        stale = true;
    }

    private void redrawIfShown() {
        if (view.getScene() != null && stale) {
            stale = false;
            redraw.run();
        }
    }
}
