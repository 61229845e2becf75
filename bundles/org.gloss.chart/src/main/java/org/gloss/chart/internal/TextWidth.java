package org.gloss.chart.internal;

/**
 * The width text takes, estimated from its letters (wide CJK letters, narrow punctuation), so that
 * layouts do not depend on the fonts of the machine that draws them and every renderer places labels
 * alike. Estimates err on the wide side: labels are cut before they could overlap.
 */
final class TextWidth {
    private TextWidth() {
    }

    static double of(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            em += em(c);
            i += Character.charCount(c);
        }
        return em * size;
    }

    private static double em(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || Character.getType(c) == Character.OTHER_SYMBOL) {
            return 1.0;
        }
        if ("iljI.,:;'!|() ".indexOf(c) >= 0) {
            return 0.32;
        }
        if (Character.isUpperCase(c) || c == 'm' || c == 'w' || c == 'ш' || c == 'щ' || c == 'ж' || c == 'ю' || c == 'ы' || c == 'м') {
            return 0.78;
        }
        return 0.6;
    }

    /** {@code text}, cut with an ellipsis so that it is at most {@code maxWidth} wide (empty if not even that fits). */
    static String fit(String text, double size, double maxWidth) {
        if (of(text, size) <= maxWidth) {
            return text;
        }
        double budget = maxWidth - of("…", size);
        StringBuilder cut = new StringBuilder();
        double used = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            double w = em(c) * size;
            if (used + w > budget) {
                break;
            }
            cut.appendCodePoint(c);
            used += w;
            i += Character.charCount(c);
        }
        return cut.length() == 0 ? "" : cut.toString().stripTrailing() + "…";
    }
}
