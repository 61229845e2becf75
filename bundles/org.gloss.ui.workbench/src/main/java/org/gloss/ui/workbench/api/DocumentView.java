package org.gloss.ui.workbench.api;

import javafx.scene.Node;

/** One document shown for reading and coding. */
public interface DocumentView {
    Node node();

    long documentId();

    /** Scrolls to and selects a span (code points). */
    void reveal(int start, int end);

    /** Stops listening to the workspace; called when the tab closes. */
    void dispose();
}
