package org.gloss.model;

/**
 * A document's text addressed by Unicode code points, as every Gloss offset is. Conversion to
 * UTF-16 indices is O(1): the index is built once, and only when the text has supplementary
 * characters (for all-BMP text the two coincide).
 */
public final class CodePointText {
    private final String text;
    private final int length;
    /** UTF-16 index of each code point, plus the text length at the end; null when all BMP. */
    private final int[] charIndex;

    public CodePointText(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
        if (length == text.length()) {
            charIndex = null;
        } else {
            charIndex = new int[length + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                charIndex[cp++] = i;
            }
            charIndex[length] = text.length();
        }
    }

    /** Length in code points. */
    public int length() {
        return length;
    }

    public String text() {
        return text;
    }

    /** UTF-16 index of the given code point offset (0..length). */
    public int toCharIndex(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > length) {
            throw new IndexOutOfBoundsException("offset " + codePointOffset + " outside 0.." + length);
        }
        return charIndex == null ? codePointOffset : charIndex[codePointOffset];
    }

    /** Code point offset of a UTF-16 index; an index inside a surrogate pair maps to its code point. */
    public int toCodePointOffset(int charIndexValue) {
        if (charIndexValue < 0 || charIndexValue > text.length()) {
            throw new IndexOutOfBoundsException("index " + charIndexValue + " outside 0.." + text.length());
        }
        if (charIndex == null) {
            return charIndexValue;
        }
        int pos = java.util.Arrays.binarySearch(charIndex, charIndexValue);
        return pos >= 0 ? pos : -pos - 2;
    }

    /** The code points [start, end). */
    public String substring(int start, int end) {
        return text.substring(toCharIndex(start), toCharIndex(end));
    }

    public static int codePointLength(String s) {
        return s.codePointCount(0, s.length());
    }
}
