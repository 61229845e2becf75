package org.gloss.ui.analysis.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.application.Platform;

import org.gloss.api.store.ProjectSession;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * Runs a view's analyses on one background thread of its own, each on a session of its own
 * (sessions belong to one thread), and shows only the newest request's result: changing a setting
 * while an analysis runs never shows stale numbers.
 */
final class Background {
    private final WorkbenchContext context;
    private final ExecutorService executor;
    private final AtomicLong newest = new AtomicLong();

    Background(WorkbenchContext context, String name) {
        this.context = context;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "gloss-analysis-" + name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Call on the FX thread with a project open. {@code show} gets the result on the FX thread,
     * {@code failed} the message of a failure (an unknown code, a malformed query).
     */
    <T> void run(Function<ProjectSession, T> work, Consumer<T> show, Consumer<String> failed) {
        long generation = newest.incrementAndGet();
        if (context.workspace() == null) {
            return;
        }
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
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                Platform.runLater(() -> {
                    if (generation == newest.get()) {
                        failed.accept(message);
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
        CompletableFuture<ProjectSession> opened = new CompletableFuture<>();
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
