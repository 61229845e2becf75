package org.gloss.search.lucene.internal.cli;

/** Formatting of keyword-in-context lines for a terminal. */
final class Kwic {
    private Kwic() {
    }

    /** Line breaks and tabs shown as spaces, one for one, so a KWIC line stays one line. */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029) {
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
