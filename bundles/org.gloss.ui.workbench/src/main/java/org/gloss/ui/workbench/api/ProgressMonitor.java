package org.gloss.ui.workbench.api;

import org.osgi.annotation.versioning.ProviderType;

/** What long work reports to the status bar, and how it learns that the user pressed Cancel. */
@ProviderType
public interface ProgressMonitor {
    /** @param fraction 0..1, or negative when unknown */
    void progress(double fraction, String message);

    boolean isCancelled();
}
