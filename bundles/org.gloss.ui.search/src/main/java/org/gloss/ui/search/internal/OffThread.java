package org.gloss.ui.search.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.application.Platform;

import org.gloss.api.store.ProjectSession;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * Runs the view's searches and plans on one background thread, each on a session of its own
 * (sessions belong to one thread), and shows only the newest request's result: typing a new
 * query while the last one runs never shows stale rows.
 */
final class OffThread {
    private final WorkbenchContext context;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "gloss-search-view");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong newest = new AtomicLong();

    OffThread(WorkbenchContext context) {
        this.context = context;
    }

    /**
     * Call on the FX thread with a project open. {@code show} gets the result on the FX thread,
     * {@code failed} an unexpected failure's message.
     */
    <T> void run(Function<ProjectSession, T> work, Consumer<T> show, Consumer<String> failed) {
        long generation = newest.incrementAndGet();
        String location = context.workspace().location();
        executor.execute(() -> {
            if (generation != newest.get()) {
                return;
            }
            T result;
            try (ProjectSession session = sessionFor(location)) {
                if (session == null) {
                    return;
                }
                result = work.apply(session);
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    if (generation == newest.get()) {
                        failed.accept(e.getMessage() == null ? e.toString() : e.getMessage());
                    }
                });
                return;
            }
            Platform.runLater(() -> {
                if (generation == newest.get()) {
                    show.accept(result);
                }
            });
        });
    }

    /** A session on the project that was open when the work was asked for, or null if it was closed since. */
    private ProjectSession sessionFor(String location) {
        java.util.concurrent.CompletableFuture<ProjectSession> opened = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                boolean same = context.workspace() != null && context.workspace().location().equals(location);
                opened.complete(same ? context.openSessionForBackgroundWork() : null);
            } catch (RuntimeException e) {
                opened.completeExceptionally(e);
            }
        });
        return opened.join();
    }
}
