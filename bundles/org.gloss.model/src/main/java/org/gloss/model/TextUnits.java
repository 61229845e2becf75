package org.gloss.model;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Paragraphs and sentences of a stored text, the way auto-coding extends a hit and code queries
 * measure "near" in sentences or paragraphs. A paragraph is the text between blank lines or, in a
 * text without blank lines (a transcript with one turn per line), between line breaks. Sentences
 * are {@link Sentences}' and never cross a paragraph, so a heading or a transcript line without a
 * full stop does not run into the next one.
 */
public final class TextUnits {
    /** A line break, an empty or white-space-only line, and another line break. */
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[\\p{Blank}\\x0B\\f\\r]*\\n");

    private TextUnits() {
    }

    /** UTF-16 bounds {start, end} of the paragraph(s) containing the chars [from, to) of {@code s}. */
    public static int[] paragraphBounds(String s, int from, int to) {
        return paragraphBounds(s, from, to, hasBlankLine(s));
    }

    private static int[] paragraphBounds(String s, int from, int to, boolean blankLines) {
        int start = from;
        while (start > 0 && !isBreakBefore(s, start, blankLines)) {
            start--;
        }
        int end = to;
        while (end < s.length() && !isBreakAt(s, end, blankLines)) {
            end++;
        }
        return new int[] {start, end};
    }

    /**
     * The paragraphs of a text that hold more than white space, in order, as code point spans in
     * one array: start0, end0, start1, end1, ...
     */
    public static int[] paragraphs(String text) {
        return toCodePoints(text, paragraphChars(text));
    }

    /**
     * The sentences of a text that hold more than white space, in order, as code point spans in one
     * array: start0, end0, start1, end1, ... Each lies inside one paragraph.
     */
    public static int[] sentences(String text) {
        int[] paragraphs = paragraphChars(text);
        IntPairs sentences = new IntPairs();
        for (int p = 0; p < paragraphs.length; p += 2) {
            int offset = paragraphs[p];
            String paragraph = text.substring(offset, paragraphs[p + 1]);
            int start = 0;
            for (int end : Sentences.ends(paragraph)) {
                if (end > start && !paragraph.substring(start, end).isBlank()) {
                    sentences.add(offset + start, offset + end);
                }
                start = end;
            }
        }
        return toCodePoints(text, sentences.toArray());
    }

    /**
     * The index of the unit that contains {@code position}, or of the last unit before it when it
     * lies between units; -1 before the first unit.
     *
     * @param units spans as returned by {@link #paragraphs} or {@link #sentences}
     */
    public static int unitAt(int[] units, int position) {
        int low = 0;
        int high = units.length / 2 - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (units[2 * mid] <= position) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /** UTF-16 spans of the non-blank paragraphs. */
    private static int[] paragraphChars(String s) {
        boolean blankLines = hasBlankLine(s);
        IntPairs spans = new IntPairs();
        int at = 0;
        while (at < s.length()) {
            while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
                at++;
            }
            if (at == s.length()) {
                break;
            }
            int[] bounds = paragraphBounds(s, at, at + 1, blankLines);
            spans.add(bounds[0], bounds[1]);
            at = bounds[1] + 1;
        }
        return spans.toArray();
    }

    private static int[] toCodePoints(String text, int[] charSpans) {
        CodePointText cp = new CodePointText(text);
        int[] out = new int[charSpans.length];
        for (int i = 0; i < charSpans.length; i++) {
            out[i] = cp.toCodePointOffset(charSpans[i]);
        }
        return out;
    }

    /** Whether a paragraph starts at {@code i}: just after a newline (that ends a blank line, if required). */
    private static boolean isBreakBefore(String s, int i, boolean blankLines) {
        if (s.charAt(i - 1) != '\n') {
            return false;
        }
        if (!blankLines) {
            return true;
        }
        // the line before this newline must be blank
        int j = i - 2;
        while (j >= 0 && s.charAt(j) != '\n') {
            if (!Character.isWhitespace(s.charAt(j))) {
                return false;
            }
            j--;
        }
        return j >= 0;
    }

    /** Whether a paragraph ends at {@code i}: a newline (that starts a blank line, if required). */
    private static boolean isBreakAt(String s, int i, boolean blankLines) {
        if (s.charAt(i) != '\n') {
            return false;
        }
        if (!blankLines) {
            return true;
        }
        int j = i + 1;
        while (j < s.length() && s.charAt(j) != '\n') {
            if (!Character.isWhitespace(s.charAt(j))) {
                return false;
            }
            j++;
        }
        return j < s.length();
    }

    private static boolean hasBlankLine(String s) {
        return BLANK_LINE.matcher(s).find();
    }

    /** Spans as a growing array of pairs. */
    private static final class IntPairs {
        private int[] values = new int[16];
        private int size;

        void add(int start, int end) {
            if (size + 2 > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = start;
            values[size++] = end;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** The spans of a unit array as a list, for tests and listings. */
    public static List<TextSpan> spans(int[] units) {
        TextSpan[] spans = new TextSpan[units.length / 2];
        for (int i = 0; i < spans.length; i++) {
            spans[i] = new TextSpan(units[2 * i], units[2 * i + 1]);
        }
        return List.of(spans);
    }
}
