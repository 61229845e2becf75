package org.gloss.ui.workbench.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;

import org.junit.jupiter.api.Test;

/** Two linked views follow each other's scrolling, without echoing it back and forth. */
class ScrollInStepTest {
    /** A document view that scrolls by paragraph and tells its listeners, like the RichTextFX one. */
    private static final class FakeView implements DocumentView {
        private final List<Runnable> listeners = new ArrayList<>();
        int top;
        int scrolledByOthers;

        void userScrollsTo(int paragraph) {
            top = paragraph;
            listeners.forEach(Runnable::run);
        }

        @Override
        public int topParagraph() {
            return top;
        }

        @Override
        public void showParagraphAtTop(int paragraph) {
            scrolledByOthers++;
            userScrollsTo(paragraph);
        }

        @Override
        public void onScroll(Runnable listener) {
            listeners.add(listener);
        }

        @Override
        public Node node() {
            return null;
        }

        @Override
        public long documentId() {
            return 1;
        }

        @Override
        public void reveal(int start, int end) {
        }

        @Override
        public void dispose() {
        }
    }

    @Test
    void eachFollowsTheOtherOnce() {
        FakeView a = new FakeView();
        FakeView b = new FakeView();
        ScrollInStep.link(a, b);
        a.userScrollsTo(12);
        assertThat(b.top).isEqualTo(12);
        assertThat(b.scrolledByOthers).isEqualTo(1);
        assertThat(a.scrolledByOthers).as("no echo").isZero();
        b.userScrollsTo(3);
        assertThat(a.top).isEqualTo(3);
        assertThat(a.scrolledByOthers).isEqualTo(1);
        a.userScrollsTo(3);
        assertThat(b.scrolledByOthers).as("already there").isEqualTo(1);
    }
}
