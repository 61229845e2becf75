package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.model.IntervalSet;

/**
 * The units of one (code, document) at the chosen level, as a histogram of coder patterns:
 * {@code masks[m]} is the number of units in which exactly the coders in bit mask m coded.
 */
final class UnitTables {
    private final Study study;
    private final AgreementOptions options;
    private final int coders;
    private final Map<Long, IntervalSet> codedByAnyone = new HashMap<>();
    private final Map<Long, int[]> textUnits = new HashMap<>();

    UnitTables(Study study, AgreementOptions options) {
        this.study = study;
        this.options = options;
        this.coders = study.coders().size();
    }

    long[] masks(long codeId, Study.DocumentRef document) {
        return masks(study.coverage().layers(codeId, document.id()), document);
    }

    /** The histogram of a document given what each coder covered in it (one layer per coder, in coder order). */
    long[] masks(List<IntervalSet> layers, Study.DocumentRef document) {
        long[] masks = new long[1 << coders];
        if (options.level() == UnitLevel.SEGMENT) {
            return masks; // segment units are per pair: see segmentCounts
        }
        IntervalSet eligible = options.codedOnly() ? codedByAnyone(document.id()) : null;
        switch (options.level()) {
            case CHAR -> charMasks(document.length(), layers, eligible, masks);
            case DOCUMENT -> {
                if (eligible == null || !eligible.isEmpty()) {
                    masks[maskOf(layers, 0, Math.max(1, document.length()))]++;
                }
            }
            case SENTENCE, PARAGRAPH, TURN -> {
                int[] units = textUnits.computeIfAbsent(document.id(), this::textUnits);
                for (int u = 0; u < units.length; u += 2) {
                    if (eligible == null || eligible.intersects(units[u], units[u + 1])) {
                        masks[maskOf(layers, units[u], units[u + 1])]++;
                    }
                }
            }
            default -> throw new IllegalStateException(options.level().toString());
        }
        return masks;
    }

    private int[] textUnits(long documentId) {
        if (options.level() == UnitLevel.TURN) {
            int[] turns = study.turns().apply(documentId);
            if (turns.length > 0) {
                return turns;
            }
            return TextUnits.of(UnitLevel.PARAGRAPH, study.texts().apply(documentId));
        }
        return TextUnits.of(options.level(), study.texts().apply(documentId));
    }

    private void charMasks(int length, List<IntervalSet> layers, IntervalSet eligible, long[] masks) {
        if (eligible == null) {
            BoundarySweep.histogram(length, layers, masks);
            return;
        }
        // the eligible text is one more layer; positions outside it are dropped
        List<IntervalSet> withEligible = new ArrayList<>(layers);
        withEligible.add(eligible);
        long[] extended = new long[masks.length * 2];
        BoundarySweep.histogram(length, withEligible, extended);
        System.arraycopy(extended, masks.length, masks, 0, masks.length);
    }

    private static int maskOf(List<IntervalSet> layers, int from, int to) {
        int mask = 0;
        for (int c = 0; c < layers.size(); c++) {
            if (layers.get(c).intersects(from, to)) {
                mask |= 1 << c;
            }
        }
        return mask;
    }

    /** Text that at least one coder in scope coded with any code in scope. */
    private IntervalSet codedByAnyone(long documentId) {
        return codedByAnyone.computeIfAbsent(documentId, id -> {
            List<IntervalSet> all = new ArrayList<>();
            for (Study.CodeRef code : study.codes()) {
                all.addAll(study.coverage().layers(code.id(), id));
            }
            return IntervalSet.union(all);
        });
    }

    /** Segment level: per pair "A|B", per coder, {matched, unmatched} segments. Empty at other levels. */
    Map<String, Map<String, long[]>> segmentCounts(long codeId, Study.DocumentRef document) {
        if (options.level() != UnitLevel.SEGMENT) {
            return Map.of();
        }
        Map<String, Map<String, long[]>> counts = new LinkedHashMap<>();
        List<String> names = study.coders();
        for (int i = 0; i < coders; i++) {
            for (int j = i + 1; j < coders; j++) {
                IntervalSet a = study.coverage().get(codeId, document.id(), i);
                IntervalSet b = study.coverage().get(codeId, document.id(), j);
                Map<String, long[]> byCoder = new LinkedHashMap<>();
                byCoder.put(names.get(i), SegmentMatching.matchedUnmatched(a, b, options.minOverlap()));
                byCoder.put(names.get(j), SegmentMatching.matchedUnmatched(b, a, options.minOverlap()));
                counts.put(AgreementReport.pairKey(names.get(i), names.get(j)), byCoder);
            }
        }
        return counts;
    }
}
