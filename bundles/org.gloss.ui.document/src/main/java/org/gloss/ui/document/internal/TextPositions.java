package org.gloss.ui.document.internal;

import org.gloss.model.CodePointText;

/**
 * The one place where the document view converts between the store's code-point offsets and
 * RichTextFX's UTF-16 indices. Everything else in this bundle speaks one or the other through it.
 */
final class TextPositions {
    private final CodePointText text;

    TextPositions(String text) {
        this.text = new CodePointText(text);
    }

    String text() {
        return text.text();
    }

    int codePointLength() {
        return text.length();
    }

    /** UTF-16 index in the text area of a code-point offset. */
    int toIndex(int codePointOffset) {
        return text.toCharIndex(Math.max(0, Math.min(codePointOffset, text.length())));
    }

    /** Code-point offset of a UTF-16 index in the text area. */
    int toOffset(int index) {
        return text.toCodePointOffset(Math.max(0, Math.min(index, text.text().length())));
    }
}
