package org.gloss.search.lucene.internal.cli;

/** Formatting of keyword-in-context lines for a terminal. */
final class Kwic {
    private Kwic() {
    }

    /**
     * Line breaks, tabs and other control characters shown as spaces, one for one, so a KWIC line
     * stays one line and a document cannot send the terminal escape sequences (ESC, NUL, BEL) or
     * reverse the rest of the line (bidi overrides and isolates).
     */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E)
                    || (cp >= 0x2066 && cp <= 0x2069)) {
                b.append(' ');
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /** Pads on the left to a width in code points, so hits line up in a column. */
    static String padLeft(String s, int width) {
        int missing = width - s.codePointCount(0, s.length());
        return missing > 0 ? " ".repeat(missing) + s : s;
    }
}
