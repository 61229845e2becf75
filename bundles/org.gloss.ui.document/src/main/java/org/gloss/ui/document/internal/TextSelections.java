package org.gloss.ui.document.internal;

import org.gloss.model.Sentences;

/**
 * Where selections snap to and what the selection keys select, on UTF-16 indices of the text
 * area: whole words for a mouse selection (as MAXQDA and NVivo do, so that "ook six hours to reach
 * Almaty. Now it " becomes "took six hours to reach Almaty. Now it"), the next or previous word
 * end, the sentence (the sentences auto-coding and agreement use) and the paragraph. A word is a
 * run of letters, digits, combining marks and connectors, with an apostrophe or hyphen inside it
 * ("don't", "two-way"); surrogate pairs are never split.
 */
final class TextSelections {
    private TextSelections() {
    }

    /**
     * The selection grown to whole words at both ends and without white space at its edges;
     * unchanged when it holds nothing but white space.
     */
    static int[] snapToWords(String text, int start, int end) {
        int from = Math.max(0, Math.min(start, end));
        int to = Math.min(text.length(), Math.max(start, end));
        if (isBlank(text, from, to)) {
            return new int[] {start, end};
        }
        if (from > 0 && from < text.length() && isWordAt(text, from) && isWordBefore(text, from)) {
            from = wordStart(text, from);
        }
        if (to < text.length() && to > 0 && isWordBefore(text, to) && isWordAt(text, to)) {
            to = wordEnd(text, to);
        }
        while (from < to && Character.isWhitespace(text.codePointAt(from))) {
            from += Character.charCount(text.codePointAt(from));
        }
        while (to > from && Character.isWhitespace(text.codePointBefore(to))) {
            to -= Character.charCount(text.codePointBefore(to));
        }
        return new int[] {from, to};
    }

    /** The start of the word holding or ending at {@code at}. */
    static int wordStart(String text, int at) {
        int i = at;
        while (i > 0 && isWordBefore(text, i)) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        return i;
    }

    /** The end of the word holding or starting at {@code at}. */
    static int wordEnd(String text, int at) {
        int i = at;
        while (i < text.length() && isWordAt(text, i)) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** The end of the next word after {@code at} (Ctrl+Shift+Right extends the selection to it). */
    static int nextWordEnd(String text, int at) {
        int i = at;
        while (i < text.length() && !isWordAt(text, i)) {
            i += Character.charCount(text.codePointAt(i));
        }
        return wordEnd(text, i);
    }

    /** The start of the word before {@code at} (Ctrl+Shift+Left). */
    static int previousWordStart(String text, int at) {
        int i = at;
        while (i > 0 && !isWordBefore(text, i)) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        return wordStart(text, i);
    }

    /** [start, end) of the sentence around {@code at}, inside its paragraph, without trailing white space. */
    static int[] sentence(String text, int at) {
        int[] paragraph = paragraph(text, at);
        String inside = text.substring(paragraph[0], paragraph[1]);
        int local = Math.max(0, Math.min(at - paragraph[0], inside.length()));
        if (local == inside.length() && local > 0) {
            local--;
        }
        int from = paragraph[0] + Sentences.start(inside, local);
        int to = paragraph[0] + Sentences.end(inside, Math.min(inside.length(), local + 1));
        return trimmed(text, from, to);
    }

    /** [start, end) of the paragraph (line) around {@code at}, without its line break. */
    static int[] paragraph(String text, int at) {
        int clamped = Math.max(0, Math.min(at, text.length()));
        int from = text.lastIndexOf('\n', clamped - 1) + 1;
        int to = text.indexOf('\n', clamped);
        return new int[] {from, to < 0 ? text.length() : to};
    }

    private static int[] trimmed(String text, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return new int[] {from, end};
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isWordAt(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        int cp = text.codePointAt(at);
        if (isWordCodePoint(cp)) {
            return true;
        }
        // an apostrophe or hyphen between two word characters belongs to the word
        return isJoiner(cp) && at > 0 && isWordCodePoint(text.codePointBefore(at))
                && at + Character.charCount(cp) < text.length() && isWordCodePoint(text.codePointAt(at + Character.charCount(cp)));
    }

    private static boolean isWordBefore(String text, int at) {
        if (at <= 0) {
            return false;
        }
        int cp = text.codePointBefore(at);
        return isWordAt(text, at - Character.charCount(cp));
    }

    private static boolean isWordCodePoint(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.CONNECTOR_PUNCTUATION;
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '’' || cp == '-' || cp == '\u2010' || cp == '\u00AD';
    }
}
