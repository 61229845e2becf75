package org.gloss.ui.workbench.internal.shell;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;

import org.gloss.api.store.ProjectSession;
import org.gloss.model.TextSpan;
import org.gloss.ui.workbench.api.DocumentView;
import org.gloss.ui.workbench.api.SearchHitMarks;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * Keeps the open document views marking the current search's hits: loads each open document's
 * hits on a background thread of its own (not the status bar's, so marks never wait behind an
 * import), and only the newest marks reach the views.
 */
final class SearchHitMarking {
    private final WorkbenchContext context;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "gloss-search-marks");
        thread.setDaemon(true);
        return thread;
    });
    private SearchHitMarks marks;
    /** Counts replacements of the marks: a load for older marks is dropped. */
    private volatile long generation;

    SearchHitMarking(WorkbenchContext context) {
        this.context = context;
    }

    /** New marks (null clears) for these open views. Call on the FX thread. */
    void mark(SearchHitMarks newMarks, Collection<DocumentView> open) {
        marks = newMarks;
        generation++;
        open.forEach(this::load);
    }

    /** A document view was opened: it marks the current hits too. */
    void opened(DocumentView view) {
        if (marks != null) {
            load(view);
        }
    }

    private void load(DocumentView view) {
        if (marks == null || context.workspace() == null) {
            view.markSearchHits(List.of());
            return;
        }
        long forGeneration = generation;
        SearchHitMarks forMarks = marks;
        ProjectSession session;
        try {
            session = context.openSessionForBackgroundWork();
        } catch (RuntimeException unreachable) {
            return; // e.g. the server went away: the document shows no marks, the connection banner says why
        }
        executor.execute(() -> {
            List<TextSpan> hits;
            try (session) {
                hits = forGeneration == generation ? forMarks.hitsIn(session, view.documentId()) : null;
            } catch (RuntimeException failed) {
                hits = List.of(); // the search view reports its own failures; no marks then
            }
            List<TextSpan> loaded = hits;
            Platform.runLater(() -> {
                if (loaded != null && forGeneration == generation) {
                    view.markSearchHits(loaded);
                }
            });
        });
    }

    void shutdown() {
        executor.shutdownNow();
    }
}
