package org.gloss.analysis.internal;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Counts words the way Unicode word segmentation (UAX #29, as the search index's tokenizer follows
 * it) finds them: a word is a segment with at least one letter or digit. Ideographs count one each.
 */
final class WordCounter {
    private final BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);

    int count(String text) {
        words.setText(text);
        int count = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            for (int i = start; i < end; i = text.offsetByCodePoints(i, 1)) {
                if (Character.isLetterOrDigit(text.codePointAt(i))) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }
}
