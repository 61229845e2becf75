package org.gloss.ui.workbench.internal.views;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

import org.gloss.api.store.ProjectSession;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * Loads a view's data off the FX thread, on a session of its own, so that a view listing
 * thousands of rows never delays the highlight of a new coding. Requests within a short time
 * are coalesced, and only the newest result is shown.
 */
final class BackgroundLoader<T> {
    private final WorkbenchContext context;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "gloss-view-loader");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong newest = new AtomicLong();
    private final PauseTransition coalesce = new PauseTransition(Duration.millis(60));

    BackgroundLoader(WorkbenchContext context) {
        this.context = context;
    }

    /** Call on the FX thread; {@code show} runs on the FX thread with the result of the newest request. */
    void load(Function<ProjectSession, T> query, Consumer<T> show) {
        long generation = newest.incrementAndGet();
        coalesce.setOnFinished(e -> {
            if (context.workspace() == null) {
                return;
            }
            String location = context.workspace().location();
            executor.execute(() -> {
                if (generation != newest.get()) {
                    return;
                }
                T result;
                try (ProjectSession session = context.workspace() == null ? null : openQuietly(location)) {
                    if (session == null) {
                        return;
                    }
                    result = query.apply(session);
                } catch (RuntimeException failed) {
                    Platform.runLater(() -> context.showStatus("Could not load: " + failed.getMessage()));
                    return;
                }
                Platform.runLater(() -> {
                    if (generation == newest.get()) {
                        show.accept(result);
                    }
                });
            });
        });
        coalesce.playFromStart();
    }

    private ProjectSession openQuietly(String location) {
        return context.workspace() != null && context.workspace().location().equals(location)
                ? context.openSessionForBackgroundWork() : null;
    }
}
