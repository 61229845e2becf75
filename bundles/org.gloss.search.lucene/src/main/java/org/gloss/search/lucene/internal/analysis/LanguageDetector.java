package org.gloss.search.lucene.internal.analysis;

/**
 * Guesses a document's language from its letters: mostly Latin is English; mostly Cyrillic is
 * Kazakh when letters that only Kazakh uses (ә ғ қ ң ө ұ ү һ і) are frequent, Russian otherwise.
 * Enough to choose an analyzer; users can override it with the document's "language" attribute.
 */
public final class LanguageDetector {
    /** Kazakh-only letters per Cyrillic letter above which a text is Kazakh; Kazakh prose has about 8%. */
    private static final double KAZAKH_SHARE = 0.015;
    private static final String KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    private LanguageDetector() {
    }

    public static Language detect(CharSequence text) {
        long latin = 0;
        long cyrillic = 0;
        long kazakh = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.LATIN) {
                latin++;
            } else if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
                if (KAZAKH_LETTERS.indexOf(c) >= 0) {
                    kazakh++;
                }
            }
        }
        if (cyrillic <= latin) {
            return Language.ENGLISH;
        }
        return kazakh >= KAZAKH_SHARE * cyrillic ? Language.KAZAKH : Language.RUSSIAN;
    }
}
