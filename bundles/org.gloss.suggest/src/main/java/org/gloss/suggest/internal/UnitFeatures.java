package org.gloss.suggest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.search.AnalyzedWord;
import org.gloss.api.search.TextAnalysis;
import org.gloss.api.suggest.SuggestionDocument;
import org.gloss.api.suggest.SuggestionUnit;
import org.gloss.core.suggest.SuggestionUnits;
import org.gloss.model.CodePointText;
import org.gloss.model.Turn;

/**
 * A document cut into units, each with its features as the search analyses the text: every
 * stem ({@code w:debt}), every pair of neighbouring stems ({@code b:china debt}) and, in a
 * transcript, the speaker of the turn the unit starts in ({@code s:Interviewer}). Each feature
 * keeps the words it was made from, as written, to explain a suggestion.
 */
final class UnitFeatures {
    /** One unit: [start, end) in code points, and its distinct features with their text as written. */
    record Unit(int start, int end, Map<String, String> features) {
    }

    private UnitFeatures() {
    }

    static List<Unit> of(SuggestionDocument document, SuggestionUnit unitKind, TextAnalysis analysis) {
        int[] spans = SuggestionUnits.of(unitKind, document.text(), document.turns());
        List<AnalyzedWord> words = analysis.words(document.text(), document.language());
        CodePointText text = new CodePointText(document.text());
        List<Unit> units = new ArrayList<>(spans.length / 2);
        int w = 0;
        int turn = 0;
        for (int u = 0; u < spans.length; u += 2) {
            int start = spans[u];
            int end = spans[u + 1];
            while (w < words.size() && words.get(w).start() < start) {
                w++;
            }
            Map<String, String> features = new LinkedHashMap<>();
            AnalyzedWord previous = null;
            int i = w;
            for (; i < words.size() && words.get(i).end() <= end; i++) {
                AnalyzedWord word = words.get(i);
                features.putIfAbsent("w:" + word.term(), text.substring(word.start(), word.end()));
                if (previous != null) {
                    features.putIfAbsent("b:" + previous.term() + " " + word.term(), text.substring(previous.start(), word.end()));
                }
                previous = word;
            }
            while (turn < document.turns().size() && document.turns().get(turn).span().end() <= start) {
                turn++; // units and turns are both in text order
            }
            String speaker = turn < document.turns().size() ? speakerAt(document.turns().get(turn), start) : null;
            if (speaker != null) {
                features.put("s:" + speaker, "speaker " + speaker);
            }
            units.add(new Unit(start, end, features));
        }
        return units;
    }

    private static String speakerAt(Turn turn, int offset) {
        boolean inside = turn.span().start() <= offset && offset < turn.span().end();
        return inside && !turn.speaker().isEmpty() ? turn.speaker() : null;
    }
}
