package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.List;

import org.gloss.model.CodePointText;
import org.gloss.model.Sentences;

/**
 * Sentence and paragraph units of a text, as code point spans. Units that are only white space
 * are left out: nobody can be expected to code them.
 */
final class TextUnits {
    private TextUnits() {
    }

    /** Spans [start, end) as pairs in one array: start0, end0, start1, end1, ... */
    static int[] of(UnitLevel level, String text) {
        CodePointText cp = new CodePointText(text);
        List<int[]> spans = new ArrayList<>();
        if (level == UnitLevel.SENTENCE) {
            // the sentences auto-coding extends hits to: no break after "Dr." or before lower case
            int start = 0;
            for (int end : Sentences.ends(text)) {
                addIfNotBlank(text, start, end, cp, spans);
                start = end;
            }
        } else if (level == UnitLevel.PARAGRAPH) {
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    addIfNotBlank(text, start, i, cp, spans);
                    start = i + 1;
                }
            }
        } else {
            throw new IllegalArgumentException("no text units for " + level);
        }
        int[] flat = new int[spans.size() * 2];
        for (int i = 0; i < spans.size(); i++) {
            flat[2 * i] = spans.get(i)[0];
            flat[2 * i + 1] = spans.get(i)[1];
        }
        return flat;
    }

    private static void addIfNotBlank(String text, int charStart, int charEnd, CodePointText cp, List<int[]> spans) {
        if (charEnd > charStart && !text.substring(charStart, charEnd).isBlank()) {
            spans.add(new int[] {cp.toCodePointOffset(charStart), cp.toCodePointOffset(charEnd)});
        }
    }
}
