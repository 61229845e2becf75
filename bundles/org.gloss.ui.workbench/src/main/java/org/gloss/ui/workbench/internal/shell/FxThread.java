package org.gloss.ui.workbench.internal.shell;

import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;

/** Starting the JavaFX toolkit once per process, and getting work onto its thread. */
public final class FxThread {
    private FxThread() {
    }

    /** Starts the toolkit unless it runs already (tests, a second window); windows stay open without implicit exit. */
    public static void ensureStarted() {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs on the FX thread: now if we are on it, later if the toolkit runs, and directly if it
     * has not started (nothing can be showing then, e.g. services bound before the GUI opens).
     */
    public static void run(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
            return;
        }
        try {
            Platform.runLater(work);
        } catch (IllegalStateException toolkitNotRunning) {
            work.run();
        }
    }
}
