package org.gloss.ui.workbench.api;

import javafx.scene.Node;

import org.osgi.annotation.versioning.ProviderType;

/** One document shown for reading and coding. */
@ProviderType
public interface DocumentView {
    Node node();

    long documentId();

    /** Scrolls to and selects a span (code points). */
    void reveal(int start, int end);

    /** Stops listening to the workspace; called when the tab closes. */
    void dispose();

    /**
     * The paragraph (line of the document) shown at the top; with {@link #showParagraphAtTop} and
     * {@link #onScroll} it keeps two views of one document scrolling in step.
     */
    default int topParagraph() {
        return 0;
    }

    /** Scrolls so that this paragraph is at the top. */
    default void showParagraphAtTop(int paragraph) {
    }

    /** Calls the listener on the FX thread whenever the view scrolls; a view that cannot scroll never calls it. */
    default void onScroll(Runnable listener) {
    }

    /**
     * Calls the listener on the FX thread with the span (code points) whenever a non-empty span
     * becomes selected, by the user or by {@link #reveal}; e.g. to edit an extent by selecting it.
     */
    default void onSelect(java.util.function.Consumer<org.gloss.model.TextSpan> listener) {
    }

    /** The selected text (code points), if a non-empty span is selected now. */
    default java.util.Optional<org.gloss.model.TextSpan> selectedSpan() {
        return java.util.Optional.empty();
    }

    /**
     * Marks these spans (code points, sorted) as the current search's hits, in a style distinct
     * from coding highlights, replacing earlier marks; an empty list clears them. The marks stay
     * while codings change.
     */
    default void markSearchHits(java.util.List<org.gloss.model.TextSpan> hits) {
    }
}
