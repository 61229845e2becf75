package org.gloss.ui.workbench.internal.views;

import java.util.function.Consumer;
import java.util.function.Predicate;

import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.Workspace;
import org.gloss.ui.workbench.model.WorkspaceListener;

/**
 * Keeps a view listening to whichever workspace is open: calls {@code refresh} when a project
 * opens or closes and when a change the view cares about happens.
 */
final class WorkspaceBinding {
    private WorkspaceBinding() {
    }

    /**
     * Like {@link #bind}, but changes arriving within a short time refresh once, after the burst:
     * for secondary views (counts, lists) that must not delay the highlight of a new coding.
     */
    static void bindCoalesced(WorkbenchContext context, Predicate<Change> relevant, Consumer<Workspace> refresh) {
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.millis(120));
        later.setOnFinished(e -> {
            // the window may have closed (and its project with it) while the refresh waited
            if (context.workspace() == null || !context.workspace().isClosed()) {
                refresh.accept(context.workspace());
            }
        });
        bind(context, relevant, workspace -> later.playFromStart());
    }

    static void bind(WorkbenchContext context, Predicate<Change> relevant, Consumer<Workspace> refresh) {
        WorkspaceListener listener = change -> {
            if (relevant.test(change)) {
                refresh.accept(context.workspace());
            }
        };
        context.workspaceProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(listener);
            }
            if (now != null) {
                now.addListener(listener);
            }
            refresh.accept(now);
        });
        if (context.workspace() != null) {
            context.workspace().addListener(listener);
        }
        refresh.accept(context.workspace());
    }
}
