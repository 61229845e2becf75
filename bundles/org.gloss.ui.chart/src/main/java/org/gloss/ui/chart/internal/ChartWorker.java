package org.gloss.ui.chart.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.chart.ChartProject;
import org.gloss.api.store.ProjectSession;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * Draws charts and finds the passages behind their items on one background thread of the view's
 * own, never on the FX thread. The project is read once ({@link ChartProject}: a session of this
 * thread and the analysis read from it) and kept while the project does not change, so that
 * redrawing at another size or with other options does not read the codings again;
 * {@link #projectChanged()} makes the next job read it afresh.
 *
 * <p>Each {@link Lane} shows only its newest job's result: a chart asked for while an older one was
 * being drawn replaces it, and the older result is dropped.
 */
final class ChartWorker {
    /** Work on the project, off the FX thread. */
    @FunctionalInterface
    interface Job<T> {
        T run(ChartProject project) throws Exception;
    }

    private final WorkbenchContext context;
    private final AnalysisService analysis;
    private final ExecutorService executor;
    private volatile boolean stale = true;
    // read and written on the worker thread only
    private ProjectSession session;
    private String sessionLocation;
    private ChartProject project;

    ChartWorker(WorkbenchContext context, AnalysisService analysis) {
        this.context = context;
        this.analysis = analysis;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "gloss-chart-view");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The codings, codebook, coders or documents changed: the next job reads the project again. */
    void projectChanged() {
        stale = true;
    }

    /** A sequence of jobs of which only the newest one's result counts. */
    Lane lane() {
        return new Lane();
    }

    final class Lane {
        private final AtomicLong newest = new AtomicLong();

        /**
         * Call on the FX thread. {@code show} gets the result on the FX thread, {@code failed} the
         * message of a failure; neither is called when a newer job was asked for meanwhile or no
         * project is open.
         */
        <T> void run(Job<T> job, Consumer<T> show, Consumer<String> failed) {
            long generation = newest.incrementAndGet();
            String location = context.workspace() == null ? null : context.workspace().location();
            executor.execute(() -> {
                if (generation != newest.get()) {
                    return;
                }
                T result;
                try {
                    ChartProject opened = project(location);
                    if (opened == null) {
                        return;
                    }
                    result = job.run(opened);
                } catch (Exception | LinkageError e) {
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

        /** Forgets the jobs asked for so far: their results will not be shown. */
        void cancel() {
            newest.incrementAndGet();
        }
    }

    /** On the worker thread: the project at {@code location}, read afresh when it changed; null when none is open. */
    private ChartProject project(String location) {
        if (location == null) {
            closeSession();
            return null;
        }
        if (session == null || !location.equals(sessionLocation)) {
            closeSession();
            session = openSession(location);
            if (session == null) {
                return null;
            }
            sessionLocation = location;
            stale = true;
        }
        if (stale || project == null) {
            stale = false;
            project = new ChartProject(session, analysis.open(session));
        }
        return project;
    }

    private void closeSession() {
        if (session != null) {
            try {
                session.close();
            } catch (RuntimeException ignored) {
                // the session of a project that went away: nothing left to release
            }
        }
        session = null;
        sessionLocation = null;
        project = null;
    }

    /** A session opened on the FX thread (as the workbench hands them out) for this thread, or null if the project closed since. */
    private ProjectSession openSession(String location) {
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

    /** Releases the project session (another project opened, or none). */
    void release() {
        executor.execute(this::closeSession);
    }
}
