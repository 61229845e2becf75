package org.gloss.search.lucene.internal.analysis;

/**
 * The nine letters Kazakh adds to the Russian alphabet, and the Russian letters people type
 * instead of them without a Kazakh keyboard (ә → а, ғ → г, қ → к, ң → н, ө → о, ұ → у, ү → у,
 * һ → х, і → и). Four of them are vowels whose pairs are different words (көл 'lake' / қол
 * 'hand' both become кол), so Gloss never folds them in a query that has them: see
 * {@link KazakhVariantFilter}.
 */
final class KazakhLetters {
    private static final String KAZAKH = "әғқңөұүһі";
    private static final String RUSSIAN = "агкноуухи";

    private KazakhLetters() {
    }

    /** The Russian letter typed for a lower-case Kazakh letter, or the letter itself. */
    static char fold(char c) {
        int at = KAZAKH.indexOf(c);
        return at >= 0 ? RUSSIAN.charAt(at) : c;
    }

    static boolean isKazakh(char c) {
        return KAZAKH.indexOf(c) >= 0;
    }

    static boolean containsKazakh(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (isKazakh(buffer[i])) {
                return true;
            }
        }
        return false;
    }
}
