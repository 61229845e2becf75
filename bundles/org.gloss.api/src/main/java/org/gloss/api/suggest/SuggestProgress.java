package org.gloss.api.suggest;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What long suggesting work (training, suggesting for many documents, an audit) reports, and how
 * it learns that the user pressed Cancel. Work checks {@link #isCancelled()} between codes and
 * between documents and then throws {@link java.util.concurrent.CancellationException}.
 */
@ConsumerType
public interface SuggestProgress {
    /** Reports nothing and is never cancelled (the command line). */
    SuggestProgress NONE = new SuggestProgress() {
        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param fraction 0..1, or negative when unknown */
    void progress(double fraction, String message);

    boolean isCancelled();

    /** Throws {@link java.util.concurrent.CancellationException} once the user has cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new java.util.concurrent.CancellationException("cancelled");
        }
    }
}
