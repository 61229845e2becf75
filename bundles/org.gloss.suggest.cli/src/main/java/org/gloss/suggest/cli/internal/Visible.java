package org.gloss.suggest.cli.internal;

/**
 * Text for the terminal: a document's text may hold control characters or bidi overrides, which
 * would drive the terminal. They are shown as control pictures or {@code <U+202E>}, as every
 * Gloss table does (JSON stays exact).
 */
final class Visible {
    private Visible() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 0x20) {
                out.append((char) (0x2400 + cp));
            } else if (cp == 0x7F) {
                out.append('\u2421');
            } else if ((cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E)
                    || (cp >= 0x2066 && cp <= 0x2069)) {
                out.append(String.format("<U+%04X>", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** At most {@code max} code points, with an ellipsis when cut. */
    static String excerpt(String text, int max) {
        int length = text.codePointCount(0, text.length());
        return length <= max ? of(text) : of(text.substring(0, text.offsetByCodePoints(0, max - 1))) + "…";
    }
}
