package org.gloss.suggest.audit.internal;

import org.gloss.api.suggest.SuggestProgress;

/** Progress of an audit counted in steps (folds trained), and the Cancel of the user. */
final class Steps {
    private final SuggestProgress progress;
    private final int total;
    private int done;

    Steps(SuggestProgress progress, int total) {
        this.progress = progress;
        this.total = Math.max(1, total);
    }

    SuggestProgress progress() {
        return progress;
    }

    double fraction() {
        return Math.min(1, (double) done / total);
    }

    void done() {
        done++;
    }

    /** What a fold's training is given: Cancel only, since the fold reports as a whole. */
    SuggestProgress cancelOnly() {
        return new SuggestProgress() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }
}
