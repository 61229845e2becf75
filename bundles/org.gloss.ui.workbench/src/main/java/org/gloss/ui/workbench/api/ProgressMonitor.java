package org.gloss.ui.workbench.api;

/** What long work reports to the status bar, and how it learns that the user pressed Cancel. */
public interface ProgressMonitor {
    /** @param fraction 0..1, or negative when unknown */
    void progress(double fraction, String message);

    boolean isCancelled();
}
