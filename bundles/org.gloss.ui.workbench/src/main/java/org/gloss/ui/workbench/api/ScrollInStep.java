package org.gloss.ui.workbench.api;

/**
 * Keeps two views of the same document scrolling together, paragraph by paragraph: when one
 * scrolls, the other shows the same paragraph at the top. Used on the FX thread.
 */
public final class ScrollInStep {
    private boolean following;

    private ScrollInStep() {
    }

    /** Links the two views for as long as they live. */
    public static void link(DocumentView first, DocumentView second) {
        ScrollInStep link = new ScrollInStep();
        first.onScroll(() -> link.follow(first, second));
        second.onScroll(() -> link.follow(second, first));
    }

    private void follow(DocumentView leader, DocumentView follower) {
        if (following) {
            return; // the follower's own scroll event, caused by us
        }
        int top = leader.topParagraph();
        if (follower.topParagraph() == top) {
            return;
        }
        following = true;
        try {
            follower.showParagraphAtTop(top);
        } finally {
            following = false;
        }
    }
}
