package org.gloss.core.suggest;

import java.util.ArrayList;
import java.util.List;

import org.gloss.api.suggest.SuggestionUnit;
import org.gloss.model.CodePointText;
import org.gloss.model.Sentences;
import org.gloss.model.Turn;

/**
 * The units of a text as code-point spans, exactly the units {@code gloss agree --unit} counts
 * (docs/agreement.md): sentences as auto-coding and agreement cut them, paragraphs as lines between
 * line breaks, stored speaker turns (paragraphs when a document has none). Units that are only
 * white space are left out.
 */
public final class SuggestionUnits {
    private SuggestionUnits() {
    }

    /** Spans [start, end) as pairs in one array: start0, end0, start1, end1, ... */
    public static int[] of(SuggestionUnit unit, String text, List<Turn> turns) {
        if (unit == SuggestionUnit.TURN && !turns.isEmpty()) {
            int[] spans = new int[turns.size() * 2];
            for (int i = 0; i < turns.size(); i++) {
                spans[2 * i] = turns.get(i).span().start();
                spans[2 * i + 1] = turns.get(i).span().end();
            }
            return spans;
        }
        CodePointText cp = new CodePointText(text);
        List<int[]> spans = new ArrayList<>();
        if (unit == SuggestionUnit.SENTENCE) {
            int start = 0;
            for (int end : Sentences.ends(text)) {
                addIfNotBlank(text, start, end, cp, spans);
                start = end;
            }
        } else {
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    addIfNotBlank(text, start, i, cp, spans);
                    start = i + 1;
                }
            }
        }
        int[] flat = new int[spans.size() * 2];
        for (int i = 0; i < spans.size(); i++) {
            flat[2 * i] = spans.get(i)[0];
            flat[2 * i + 1] = spans.get(i)[1];
        }
        return flat;
    }

    /**
     * The span without the white space at its ends, as a suggestion codes it: [start, end) code
     * points of {@code text}; the span itself when it is all white space.
     */
    public static int[] trimmed(CodePointText text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.text().codePointAt(text.toCharIndex(from)))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.text().codePointAt(text.toCharIndex(to - 1)))) {
            to--;
        }
        return from < to ? new int[] {from, to} : new int[] {start, end};
    }

    private static void addIfNotBlank(String text, int charStart, int charEnd, CodePointText cp, List<int[]> spans) {
        if (charEnd > charStart && !text.substring(charStart, charEnd).isBlank()) {
            spans.add(new int[] {cp.toCodePointOffset(charStart), cp.toCodePointOffset(charEnd)});
        }
    }
}
