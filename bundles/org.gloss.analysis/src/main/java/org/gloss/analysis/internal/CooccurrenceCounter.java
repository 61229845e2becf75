package org.gloss.analysis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.CooccurrenceInstance;
import org.gloss.api.analysis.CooccurrencePair;
import org.gloss.api.analysis.CooccurrenceRequest;
import org.gloss.api.analysis.CooccurrenceTable;
import org.gloss.api.analysis.Proximity;
import org.gloss.core.project.ProjectErrors;
import org.gloss.model.IntervalSet;

/**
 * Code co-occurrence: per document and coder group, each code's segments (maximal runs of exactly
 * that code) are paired by {@link ProximitySweep}; pairs, documents, segment counts and coded code
 * points are summed over the scope.
 */
final class CooccurrenceCounter {
    private final ProjectData data;

    CooccurrenceCounter(ProjectData data) {
        this.data = data;
    }

    CooccurrenceTable table(CooccurrenceRequest request) {
        Scope scope = ScopeResolver.resolve(data, request.filter());
        int[] codes = codes(request.codes());
        int k = codes.length;
        long[] pairs = new long[k * k];
        int[] documents = new int[k * k];
        int[] lastDocument = new int[k * k];
        java.util.Arrays.fill(lastDocument, -1);
        long[] shared = new long[k * k];
        long[] segments = new long[k];
        long[] coded = new long[k];
        boolean overlapOnly = request.proximity().kind() == Proximity.Kind.OVERLAP;
        for (int d : scope.documents()) {
            DocumentCodings codings = data.codings(d);
            if (codings.size == 0) {
                continue;
            }
            int document = d;
            for (Scope.CoderGroup group : scope.groups()) {
                IntervalSet[] runs = Runs.of(codings, codes, data.codes.size(), group.members());
                int present = 0;
                for (int i = 0; i < k; i++) {
                    segments[i] += runs[i].size();
                    coded[i] += runs[i].coveredLength();
                    present += runs[i].isEmpty() ? 0 : 1;
                }
                if (present < 2) {
                    continue;
                }
                ProximitySweep.sweep(runs, Proximity.OVERLAP, null, (a, as, ae, b, bs, be) -> {
                    int at = a * k + b;
                    shared[at] += Math.min(ae, be) - Math.max(as, bs);
                    if (overlapOnly) {
                        count(pairs, documents, lastDocument, at, document);
                    }
                });
                if (!overlapOnly) {
                    ProximitySweep.sweep(runs, request.proximity(), units(d, request.proximity()),
                            (a, as, ae, b, bs, be) -> count(pairs, documents, lastDocument, a * k + b, document));
                }
            }
        }
        List<CooccurrencePair> found = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                int at = a * k + b;
                if (pairs[at] == 0) {
                    continue;
                }
                long denominator = segments[a] + segments[b] - pairs[at];
                Double c = denominator > 0 ? (double) pairs[at] / denominator : null;
                long either = coded[a] + coded[b] - shared[at];
                double jaccard = either > 0 ? (double) shared[at] / either : 0;
                found.add(new CooccurrencePair(data.codes.name(codes[a]), data.codes.name(codes[b]), pairs[at],
                        documents[at], c, jaccard));
            }
        }
        List<String> names = new ArrayList<>();
        List<Long> segmentCounts = new ArrayList<>();
        List<Long> codedCounts = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            names.add(data.codes.name(codes[i]));
            segmentCounts.add(segments[i]);
            codedCounts.add(coded[i]);
        }
        return new CooccurrenceTable(request, names, segmentCounts, codedCounts, found);
    }

    private static void count(long[] pairs, int[] documents, int[] lastDocument, int at, int document) {
        pairs[at]++;
        if (lastDocument[at] != document) {
            lastDocument[at] = document;
            documents[at]++;
        }
    }

    /** Exactly the pairs {@link #table} counts for codes a and b. */
    List<CooccurrenceInstance> instances(CooccurrenceRequest request, String a, String b, Segments segmentMaker) {
        Scope scope = ScopeResolver.resolve(data, request.filter());
        int[] codes = codes(List.of(a, b));
        if (codes.length < 2) {
            return List.of(); // a code paired with itself has no pairs
        }
        List<CooccurrenceInstance> instances = new ArrayList<>();
        for (int d : scope.documents()) {
            DocumentCodings codings = data.codings(d);
            if (codings.size == 0) {
                continue;
            }
            int document = d;
            for (Scope.CoderGroup group : scope.groups()) {
                IntervalSet[] runs = Runs.of(codings, codes, data.codes.size(), group.members());
                if (runs[0].isEmpty() || runs[1].isEmpty()) {
                    continue;
                }
                ProximitySweep.sweep(runs, request.proximity(), units(d, request.proximity()), (x, xs, xe, y, ys, ye) -> {
                    AnalysisSegment first = segmentMaker.of(document, xs, xe, List.of(data.codes.name(codes[x])),
                            group.name(), null);
                    AnalysisSegment second = segmentMaker.of(document, ys, ye, List.of(data.codes.name(codes[y])),
                            group.name(), null);
                    instances.add(new CooccurrenceInstance(first, second));
                });
            }
        }
        return sortInTextOrder(instances);
    }

    private List<CooccurrenceInstance> sortInTextOrder(List<CooccurrenceInstance> instances) {
        java.util.Map<Long, Integer> order = new java.util.HashMap<>();
        for (int d = 0; d < data.documentCount(); d++) {
            order.put(data.document(d).id(), d);
        }
        List<CooccurrenceInstance> sorted = new ArrayList<>(instances);
        sorted.sort(Comparator.comparingInt((CooccurrenceInstance i) -> order.get(i.a().documentId()))
                .thenComparingInt(CooccurrenceInstance::start).thenComparingInt(i -> i.a().start())
                .thenComparingInt(i -> i.b().start())
                .thenComparing(i -> i.a().coder() == null ? "" : i.a().coder()));
        return sorted;
    }

    private int[] units(int document, Proximity proximity) {
        return switch (proximity.kind()) {
            case SENTENCE -> data.texts.sentences(document);
            case PARAGRAPH -> data.texts.paragraphs(document);
            default -> null;
        };
    }

    /** The requested codes' positions in codebook order, sorted; every code when none are named. */
    private int[] codes(List<String> names) {
        if (names.isEmpty()) {
            int[] all = new int[data.codes.size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        java.util.TreeSet<Integer> indices = new java.util.TreeSet<>();
        for (String name : names) {
            indices.add(data.codes.find(name).orElseThrow(() -> ProjectErrors.unknownCode(name)));
        }
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }
}
