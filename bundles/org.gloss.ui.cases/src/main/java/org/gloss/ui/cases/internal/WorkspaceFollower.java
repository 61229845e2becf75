package org.gloss.ui.cases.internal;

import java.util.Set;

import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.Workspace;
import org.gloss.ui.workbench.model.WorkspaceListener;

/**
 * Calls a refresh when another project opens and when the workspace announces a change of the
 * given kinds: the view's own writes, other views', and other processes' (live updates).
 */
final class WorkspaceFollower {
    private WorkspaceFollower() {
    }

    static void follow(WorkbenchContext context, Set<Change.Kind> kinds, Runnable refresh) {
        WorkspaceListener listener = change -> {
            if (kinds.contains(change.kind())) {
                refresh.run();
            }
        };
        context.workspaceProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(listener);
            }
            if (now != null) {
                now.addListener(listener);
            }
            refresh.run();
        });
        Workspace current = context.workspace();
        if (current != null) {
            current.addListener(listener);
        }
        refresh.run();
    }
}
