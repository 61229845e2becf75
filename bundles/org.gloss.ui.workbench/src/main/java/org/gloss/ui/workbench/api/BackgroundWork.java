package org.gloss.ui.workbench.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Long work (import, export, indexing, agreement) that runs off the FX thread. It must open its
 * own project session if it needs one (sessions are per thread) and check
 * {@link ProgressMonitor#isCancelled()} between steps.
 */
@FunctionalInterface
@ConsumerType
public interface BackgroundWork<T> {
    T run(ProgressMonitor monitor) throws Exception;
}
