package org.gloss.suggest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.search.TextAnalysis;
import org.gloss.api.suggest.CodeSpan;
import org.gloss.api.suggest.RejectedSuggestion;
import org.gloss.api.suggest.SuggestSettings;
import org.gloss.api.suggest.SuggestionDocument;
import org.gloss.api.suggest.TrainingDocument;
import org.gloss.api.suggest.TrainingSet;

/**
 * The examples of a training set: every unit of every coder's worked-on document, labelled per
 * code. A unit is positive for a code when that coder's codings of it cover more than
 * {@link SuggestSettings#minCoverage()} of the unit's code points (with 0: any overlap, as
 * agreement units count). A document two coders coded gives two examples per unit, one per coder,
 * so their disagreements are in the data as they are. A rejected suggestion adds its unit as one
 * more example, negative for the rejected code and not counted for any other code (the person said
 * only that this code does not apply).
 */
final class TrainingExamples {
    final List<String> codes;
    /** The document each example comes from. */
    final long[] documents;
    final List<UnitFeatures.Unit> units = new ArrayList<>();
    /** positive[code][example]. */
    final boolean[][] positive;
    /** Per example, the only code it is an example of (a rejected suggestion's), or -1 for every code. */
    final int[] onlyCode;
    /** The distinct units of the distinct documents (a feature's frequency counts each once). */
    final List<UnitFeatures.Unit> distinctUnits = new ArrayList<>();

    TrainingExamples(TrainingSet set, SuggestSettings settings, TextAnalysis analysis) {
        codes = set.codes().stream().map(c -> c.name()).toList();
        Map<Long, List<UnitFeatures.Unit>> byDocument = new LinkedHashMap<>();
        List<Long> documentOfExample = new ArrayList<>();
        List<boolean[]> labels = new ArrayList<>();
        Map<String, Integer> codeIndex = new HashMap<>();
        for (int c = 0; c < codes.size(); c++) {
            codeIndex.put(codes.get(c), c);
        }
        // each distinct document analysed once, in parallel; kept in the order of first appearance
        Map<Long, SuggestionDocument> distinct = new LinkedHashMap<>();
        set.documents().forEach(example -> distinct.putIfAbsent(example.document().id(), example.document()));
        List<List<UnitFeatures.Unit>> analysed = distinct.values().parallelStream()
                .map(document -> UnitFeatures.of(document, settings.unit(), analysis)).toList();
        int d = 0;
        for (long id : distinct.keySet()) {
            byDocument.put(id, analysed.get(d++));
        }
        analysed.forEach(distinctUnits::addAll);
        for (TrainingDocument example : set.documents()) {
            List<UnitFeatures.Unit> docUnits = byDocument.get(example.document().id());
            int[][][] spans = spansByCode(example.codings(), codeIndex, codes.size());
            for (UnitFeatures.Unit unit : docUnits) {
                boolean[] label = new boolean[codes.size()];
                for (int c = 0; c < codes.size(); c++) {
                    label[c] = covered(spans[c], unit.start(), unit.end()) > settings.minCoverage() * (unit.end() - unit.start());
                }
                units.add(unit);
                documentOfExample.add(example.document().id());
                labels.add(label);
            }
        }
        List<Integer> only = new ArrayList<>(java.util.Collections.nCopies(units.size(), -1));
        for (RejectedSuggestion rejected : set.rejected()) {
            Integer c = codeIndex.get(rejected.code());
            if (c == null) {
                continue;
            }
            List<UnitFeatures.Unit> docUnits = byDocument.computeIfAbsent(rejected.document().id(), id -> {
                List<UnitFeatures.Unit> u = UnitFeatures.of(rejected.document(), settings.unit(), analysis);
                distinctUnits.addAll(u);
                return u;
            });
            for (UnitFeatures.Unit unit : docUnits) {
                long overlap = Math.max(0, Math.min(unit.end(), rejected.end()) - Math.max(unit.start(), rejected.start()));
                if (overlap > 0 && overlap > settings.minCoverage() * (unit.end() - unit.start())) {
                    units.add(unit);
                    documentOfExample.add(rejected.document().id());
                    labels.add(new boolean[codes.size()]);
                    only.add(c);
                }
            }
        }
        onlyCode = only.stream().mapToInt(Integer::intValue).toArray();
        documents = documentOfExample.stream().mapToLong(Long::longValue).toArray();
        positive = new boolean[codes.size()][units.size()];
        for (int e = 0; e < labels.size(); e++) {
            for (int c = 0; c < codes.size(); c++) {
                positive[c][e] = labels.get(e)[c];
            }
        }
    }

    /** Per code, the merged spans [start, end) in order. */
    private static int[][][] spansByCode(List<CodeSpan> codings, Map<String, Integer> codeIndex, int codes) {
        List<List<int[]>> lists = new ArrayList<>();
        for (int c = 0; c < codes; c++) {
            lists.add(new ArrayList<>());
        }
        for (CodeSpan span : codings) {
            Integer c = codeIndex.get(span.code());
            if (c != null) {
                lists.get(c).add(new int[] {span.start(), span.end()});
            }
        }
        int[][][] merged = new int[codes][][];
        for (int c = 0; c < codes; c++) {
            List<int[]> list = lists.get(c);
            list.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
            List<int[]> out = new ArrayList<>();
            for (int[] s : list) {
                if (!out.isEmpty() && s[0] <= out.get(out.size() - 1)[1]) {
                    out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], s[1]);
                } else {
                    out.add(new int[] {s[0], s[1]});
                }
            }
            merged[c] = out.toArray(int[][]::new);
        }
        return merged;
    }

    /** Code points of [start, end) inside the merged spans. */
    static long covered(int[][] merged, int start, int end) {
        long covered = 0;
        for (int[] s : merged) {
            if (s[0] >= end) {
                break;
            }
            covered += Math.max(0, Math.min(end, s[1]) - Math.max(start, s[0]));
        }
        return covered;
    }

    /** The examples of code {@code c}: null when every example is one (no rejection concerns another code). */
    int[] examplesOf(int c) {
        boolean all = true;
        for (int only : onlyCode) {
            all &= only < 0 || only == c;
        }
        if (all) {
            return null;
        }
        return java.util.stream.IntStream.range(0, onlyCode.length).filter(e -> onlyCode[e] < 0 || onlyCode[e] == c).toArray();
    }

    /** How many distinct documents the examples come from. */
    int documentCount() {
        return (int) Arrays.stream(documents).distinct().count();
    }
}
