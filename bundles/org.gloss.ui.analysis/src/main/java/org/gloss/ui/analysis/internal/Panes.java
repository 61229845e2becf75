package org.gloss.ui.analysis.internal;

/** Where a view's node keeps its pane, so that tests reach the pane through the scene graph. */
final class Panes {
    static final String KEY = "gloss.analysis.pane";

    private Panes() {
    }
}
