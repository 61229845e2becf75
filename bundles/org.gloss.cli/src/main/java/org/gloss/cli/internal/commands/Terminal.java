package org.gloss.cli.internal.commands;

/**
 * Text for a terminal: names come from files, other tools' projects and other coders, and a name
 * holding ESC or OSC sequences would otherwise move the cursor, retitle the window, write
 * hyperlinks or hide text. Table and plain output shows control characters visibly instead; JSON
 * and CSV output stays exact data.
 */
public final class Terminal {
    private Terminal() {
    }

    /**
     * Whether standard output is a terminal a person reads (not a file or a pipe): then even CSV,
     * which otherwise stays exact data, shows control characters visibly, as {@code ls} does.
     */
    public static boolean interactive() {
        return System.console() != null;
    }

    /**
     * The text with C0 controls and DEL as their Unicode control pictures ({@code ESC} as ␛, a
     * line break as ␊), and C1 controls, line and paragraph separators and bidi overrides and
     * isolates as {@code <U+202E>}.
     */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String replacement = replacement(cp);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(int cp) {
        if (cp < 0x20) {
            return String.valueOf((char) (0x2400 + cp));
        }
        if (cp == 0x7F) {
            return "\u2421";
        }
        if ((cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)) {
            return String.format("<U+%04X>", cp);
        }
        return null;
    }
}
