package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.gloss.api.agreement.AgreementMeasure;
import org.gloss.api.agreement.CodingAgreementMeasure;
import org.gloss.api.agreement.ReliabilityData;
import org.gloss.api.agreement.UnitizingAgreementMeasure;
import org.gloss.api.agreement.UnitizingData;
import org.gloss.model.IntervalSet;

/**
 * Runs the agreement measures over a study: builds the units at the chosen level for every
 * (code, document), pools them per code and overall, and computes each measure with bootstrap
 * intervals. Units are kept as histograms of coder patterns (bit masks), never per character.
 */
final class AgreementEngine {
    private final List<AgreementMeasure> measures;
    private final AgreementOptions options;
    private final PoissonBootstrap bootstrap;

    AgreementEngine(List<AgreementMeasure> measures, AgreementOptions options) {
        List<AgreementMeasure> sorted = new ArrayList<>(measures);
        sorted.sort(Comparator.comparingInt(AgreementMeasure::order).thenComparing(AgreementMeasure::id));
        this.measures = List.copyOf(sorted);
        this.options = options;
        this.bootstrap = new PoissonBootstrap(options.resamples(), options.seed(), options.confidence());
    }

    List<AgreementMeasure> measures() {
        return measures;
    }

    AgreementReport run(Study study) {
        int coders = study.coders().size();
        if (coders > BoundarySweep.MAX_LAYERS - 1) {
            throw new IllegalArgumentException("at most " + (BoundarySweep.MAX_LAYERS - 1) + " coders");
        }
        AgreementReport report = new AgreementReport(options.level(), study.coders(), measures);
        study.documents().forEach(d -> report.documents.add(d.name()));
        report.documentsLeftOut.addAll(study.leftOut());
        Set<Long> documentIds = new HashSet<>();
        study.documents().forEach(d -> documentIds.add(d.id()));
        List<Study.CodeRef> measured = new ArrayList<>();
        for (Study.CodeRef code : study.codes()) {
            if (options.allCodes() || used(study, code, documentIds)) {
                measured.add(code);
            } else {
                report.codesNotUsed.add(code.name());
            }
        }
        boolean unitizing = measures.stream().anyMatch(m -> m instanceof UnitizingAgreementMeasure);
        UnitTables tables = new UnitTables(study, options);
        List<Study.DocumentRef> documents = study.documents();
        // Most (code, document) pairs of a large study are coded by nobody: their units depend on the
        // document alone, so they are computed once per document and shared (read only).
        DocumentIndex index = new DocumentIndex(documents);
        long[][] uncoded = new long[documents.size()][];
        List<IntervalSet> nothingCoded = Collections.nCopies(coders, IntervalSet.EMPTY);
        long[] overall = new long[1 << coders];
        long[][] overallByDocument = new long[index.names()][];
        for (int slot = 0; slot < overallByDocument.length; slot++) {
            overallByDocument[slot] = new long[1 << coders];
        }
        Map<String, Map<String, long[]>> overallSegments = new LinkedHashMap<>();
        boolean segmentLevel = options.level() == UnitLevel.SEGMENT;
        for (Study.CodeRef code : measured) {
            Map<Long, IntervalSet[]> coded = study.coverage().byDocument(code.id());
            long[] pooled = new long[1 << coders];
            List<long[]> perDocument = new ArrayList<>(documents.size());
            Map<String, Map<String, long[]>> pooledSegments = new LinkedHashMap<>();
            Figures codeFigures = new Figures();
            for (int d = 0; d < documents.size(); d++) {
                Study.DocumentRef document = documents.get(d);
                IntervalSet[] layers = coded.isEmpty() ? null : coded.get(index.id(d));
                long[] masks;
                if (layers == null) {
                    if (uncoded[d] == null) {
                        uncoded[d] = tables.masks(nothingCoded, document);
                    }
                    masks = uncoded[d];
                } else {
                    masks = tables.masks(Arrays.asList(layers), document);
                }
                perDocument.add(masks);
                add(pooled, masks);
                add(overall, masks);
                add(overallByDocument[index.slot(d)], masks);
                Map<String, Map<String, long[]>> segments = segmentLevel ? tables.segmentCounts(code.id(), document) : Map.of();
                addSegments(pooledSegments, segments);
                addSegments(overallSegments, segments);
                if (options.byDocument()) {
                    UnitizingData u = unitizing ? Continuum.of(study, List.of(code), List.of(document)) : null;
                    codeFigures.documents.put(document.name(), figures(study, masks, segments, u, null, null));
                }
            }
            UnitizingData u = unitizing ? Continuum.of(study, List.of(code), documents) : null;
            Figures figures = figures(study, pooled, pooledSegments, u, perDocument,
                    unitizing ? drawn -> Continuum.of(study, List.of(code), drawn) : null);
            figures.documents.putAll(codeFigures.documents);
            report.codes.put(code.name(), figures);
        }
        // per document name, in the order of the documents (as pooled above); none when no code is measured
        List<long[]> overallPerDocument = measured.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(overallByDocument));
        UnitizingData u = unitizing ? Continuum.of(study, measured, documents) : null;
        report.overall = figures(study, overall, overallSegments, u, overallPerDocument,
                unitizing ? drawn -> Continuum.of(study, measured, drawn) : null);
        if (options.byDocument()) {
            for (int d = 0; d < documents.size(); d++) {
                Study.DocumentRef document = documents.get(d);
                UnitizingData ud = unitizing ? Continuum.of(study, measured, List.of(document)) : null;
                report.overall.documents.put(document.name(), figures(study,
                        measured.isEmpty() ? new long[1 << coders] : overallByDocument[index.slot(d)], Map.of(), ud, null, null));
            }
        }
        return report;
    }

    /** Whether any compared coder applied the code in any compared document. */
    private static boolean used(Study study, Study.CodeRef code, Set<Long> documentIds) {
        for (Map.Entry<Long, IntervalSet[]> entry : study.coverage().byDocument(code.id()).entrySet()) {
            if (documentIds.contains(entry.getKey())) {
                for (IntervalSet set : entry.getValue()) {
                    if (!set.isEmpty()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The study's documents by position: their ids boxed once (for map look-ups in the loop over
     * codes x documents) and the slot of each document's name (documents are pooled by name).
     */
    private static final class DocumentIndex {
        private final Long[] ids;
        private final int[] slots;
        private final int names;

        DocumentIndex(List<Study.DocumentRef> documents) {
            ids = new Long[documents.size()];
            slots = new int[documents.size()];
            Map<String, Integer> slotOfName = new HashMap<>();
            for (int d = 0; d < documents.size(); d++) {
                ids[d] = documents.get(d).id();
                slots[d] = slotOfName.computeIfAbsent(documents.get(d).name(), name -> slotOfName.size());
            }
            names = slotOfName.size();
        }

        Long id(int position) {
            return ids[position];
        }

        int slot(int position) {
            return slots[position];
        }

        int names() {
            return names;
        }
    }

    private static void add(long[] into, long[] masks) {
        for (int m = 0; m < masks.length; m++) {
            into[m] += masks[m];
        }
    }

    private static void addSegments(Map<String, Map<String, long[]>> into, Map<String, Map<String, long[]>> counts) {
        counts.forEach((pair, byCoder) -> byCoder.forEach((coder, c) -> {
            long[] target = into.computeIfAbsent(pair, p -> new LinkedHashMap<>()).computeIfAbsent(coder, x -> new long[2]);
            target[0] += c[0];
            target[1] += c[1];
        }));
    }

    /** Reliability data of all coders from a pattern histogram (bit c of a mask = coder c coded). */
    static ReliabilityData data(List<String> coders, long[] masks) {
        ReliabilityData.Builder builder = ReliabilityData.builder(coders, 2);
        int[] values = new int[coders.size()];
        for (int mask = 0; mask < masks.length; mask++) {
            if (masks[mask] > 0) {
                for (int c = 0; c < values.length; c++) {
                    values[c] = (mask >>> c) & 1;
                }
                builder.addUnits(masks[mask], values);
            }
        }
        return builder.build();
    }

    /**
     * @param perDocument the pattern histograms of each document pooled here, for intervals;
     *                    null for no intervals
     * @param continuumOf the continuum of some of the study's documents (repeats allowed), for
     *                    u-alpha's intervals over documents; null for none
     */
    private Figures figures(Study study, long[] masks, Map<String, Map<String, long[]>> segmentCounts, UnitizingData continuum,
                            List<long[]> perDocument, Function<List<Study.DocumentRef>, UnitizingData> continuumOf) {
        List<String> coders = study.coders();
        Figures figures = new Figures();
        Map<String, ReliabilityData> pairs = new LinkedHashMap<>();
        ReliabilityData all;
        if (options.level() == UnitLevel.SEGMENT) {
            for (int i = 0; i < coders.size(); i++) {
                for (int j = i + 1; j < coders.size(); j++) {
                    String key = AgreementReport.pairKey(coders.get(i), coders.get(j));
                    Map<String, long[]> byCoder = segmentCounts.getOrDefault(key, Map.of());
                    pairs.put(key, SegmentMatching.pairData(coders.get(i), coders.get(j), byCoder));
                }
            }
            all = coders.size() == 2 ? pairs.values().iterator().next() : null;
            figures.units = totalSegments(segmentCounts);
            figures.segments.putAll(segmentCounts);
        } else {
            all = data(coders, masks);
            for (int i = 0; i < coders.size(); i++) {
                for (int j = i + 1; j < coders.size(); j++) {
                    pairs.put(AgreementReport.pairKey(coders.get(i), coders.get(j)), all.select(i, j));
                }
            }
            figures.units = all.unitCount();
            figures.prevalence = prevalence(masks, coders.size());
        }
        for (AgreementMeasure measure : measures) {
            if (measure instanceof CodingAgreementMeasure coding) {
                if (measure.scope() == AgreementMeasure.Scope.PAIRWISE) {
                    Map<String, Double> byPair = new LinkedHashMap<>();
                    pairs.forEach((key, data) -> byPair.put(key, coding.compute(data)));
                    figures.values.put(measure.id(), byPair);
                } else {
                    figures.values.put(measure.id(), all == null ? Double.NaN : coding.compute(all));
                }
            } else if (measure instanceof UnitizingAgreementMeasure unitizing) {
                figures.values.put(measure.id(), continuum == null ? Double.NaN : unitizing.compute(continuum));
            }
        }
        if (perDocument != null && bootstrap.enabled()) {
            // one set of document draws for every coefficient, u-alpha included
            int[][] draws = options.bootstrapByDocument() ? documentDraws(study.documents().size()) : null;
            List<ReliabilityData> allSamples;
            if (draws != null && options.level() != UnitLevel.SEGMENT && !perDocument.isEmpty()) {
                allSamples = documentResamples(coders, perDocument, draws);
            } else {
                allSamples = all == null ? null : bootstrap.resamples(all);
            }
            intervals(figures, allSamples, pairs);
            if (draws != null && continuumOf != null && continuum != null) {
                unitizingIntervals(figures, study.documents(), continuumOf, draws);
            }
        }
        return figures;
    }

    /**
     * u-alpha's units are segments on a continuum, which cannot be resampled one by one; whole
     * documents can. Each resample lays the drawn documents end to end (the same draws as the
     * other coefficients' cluster bootstrap) and computes u-alpha on that continuum.
     */
    private void unitizingIntervals(Figures figures, List<Study.DocumentRef> documents,
                                    Function<List<Study.DocumentRef>, UnitizingData> continuumOf, int[][] draws) {
        for (AgreementMeasure measure : measures) {
            if (measure instanceof UnitizingAgreementMeasure unitizing) {
                double[] values = new double[draws.length];
                for (int b = 0; b < draws.length; b++) {
                    List<Study.DocumentRef> drawn = new ArrayList<>(draws[b].length);
                    for (int index : draws[b]) {
                        drawn.add(documents.get(index));
                    }
                    UnitizingData resample = continuumOf.apply(drawn);
                    values[b] = resample == null ? Double.NaN : unitizing.compute(resample);
                }
                figures.intervals.put(measure.id(), bootstrap.interval(values));
            }
        }
    }

    /** For each resample, which documents it draws: as many as there are, with replacement (seeded). */
    private int[][] documentDraws(int documents) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(options.seed());
        int[][] draws = new int[options.resamples()][documents];
        for (int[] draw : draws) {
            for (int i = 0; i < documents; i++) {
                draw[i] = random.nextInt(documents);
            }
        }
        return draws;
    }

    private static long totalSegments(Map<String, Map<String, long[]>> segmentCounts) {
        Map<String, Long> perCoder = new HashMap<>();
        segmentCounts.values().forEach(byCoder -> byCoder.forEach((coder, c) -> perCoder.put(coder, c[0] + c[1])));
        return perCoder.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Cluster bootstrap: each resample draws as many documents as there are, with replacement
     * (seeded), and pools their units; this keeps the dependence of neighbouring characters.
     */
    private List<ReliabilityData> documentResamples(List<String> coders, List<long[]> perDocument, int[][] draws) {
        List<ReliabilityData> samples = new ArrayList<>(options.resamples());
        int width = perDocument.get(0).length;
        for (int[] draw : draws) {
            long[] pooled = new long[width];
            for (int index : draw) {
                add(pooled, perDocument.get(index));
            }
            samples.add(data(coders, pooled));
        }
        return samples;
    }

    private void intervals(Figures figures, List<ReliabilityData> allSamples, Map<String, ReliabilityData> pairs) {
        Map<String, List<ReliabilityData>> pairSamples = new LinkedHashMap<>();
        if (allSamples != null && options.level() != UnitLevel.SEGMENT) {
            // the pairs of the same resamples, so that every coefficient sees the same units
            List<String> coders = allSamples.isEmpty() ? List.of() : allSamples.get(0).coders();
            int p = 0;
            for (int i = 0; i < coders.size(); i++) {
                for (int j = i + 1; j < coders.size(); j++) {
                    final int a = i;
                    final int c = j;
                    pairSamples.put(new ArrayList<>(pairs.keySet()).get(p++),
                            allSamples.stream().map(s -> s.select(a, c)).toList());
                }
            }
        } else {
            pairs.forEach((key, data) -> pairSamples.put(key, bootstrap.resamples(data)));
        }
        for (AgreementMeasure measure : measures) {
            if (!(measure instanceof CodingAgreementMeasure coding)) {
                continue; // u-alpha: see unitizingIntervals
            }
            if (measure.scope() == AgreementMeasure.Scope.PAIRWISE) {
                Map<String, double[]> byPair = new LinkedHashMap<>();
                pairSamples.forEach((key, samples) -> byPair.put(key, bootstrap.interval(samples, coding::compute)));
                figures.intervals.put(measure.id(), byPair);
            } else if (allSamples != null) {
                figures.intervals.put(measure.id(), bootstrap.interval(allSamples, coding::compute));
            }
        }
    }

    /** Share of coder-unit values that are "coded". */
    static double prevalence(long[] masks, int coders) {
        double coded = 0;
        double units = 0;
        for (int mask = 0; mask < masks.length; mask++) {
            coded += (double) masks[mask] * Integer.bitCount(mask);
            units += masks[mask];
        }
        return units == 0 ? Double.NaN : coded / (units * coders);
    }
}
