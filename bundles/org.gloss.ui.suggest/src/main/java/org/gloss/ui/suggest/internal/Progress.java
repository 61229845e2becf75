package org.gloss.ui.suggest.internal;

import org.gloss.api.suggest.SuggestProgress;
import org.gloss.ui.workbench.api.ProgressMonitor;

/** The status bar's progress bar and Cancel button as the suggesters see them, over a range of the bar. */
final class Progress {
    private Progress() {
    }

    /** Reports into [from, to] of the bar. */
    static SuggestProgress of(ProgressMonitor monitor, double from, double to) {
        return new SuggestProgress() {
            @Override
            public void progress(double fraction, String message) {
                monitor.progress(fraction < 0 ? -1 : from + (to - from) * fraction, message);
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
    }
}
