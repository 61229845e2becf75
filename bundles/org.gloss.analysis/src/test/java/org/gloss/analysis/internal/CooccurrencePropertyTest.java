package org.gloss.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.CooccurrenceInstance;
import org.gloss.api.analysis.CooccurrencePair;
import org.gloss.api.analysis.CooccurrenceRequest;
import org.gloss.api.analysis.CooccurrenceTable;
import org.gloss.api.analysis.Proximity;
import org.gloss.api.store.ProjectSession;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Co-occurrence pairs, documents, c-coefficient and Jaccard for every proximity, against brute
 * force over every pair of segments and per-code-point arrays; and the drill-down lists exactly
 * the pairs counted.
 */
class CooccurrencePropertyTest {
    @Property(tries = 100)
    void cooccurrenceAgreesWithBruteForce(@ForAll("seeds") long seed) throws Exception {
        Random random = new Random(seed);
        GeneratedProject p = GeneratedProject.random(random);
        Path dir = Files.createTempDirectory("gloss-cooc");
        try (ProjectSession session = p.write(dir.resolve("p.gloss"))) {
            EngineAnalysis analysis = new EngineAnalysis(ProjectData.read(session));
            Naive naive = new Naive(p);
            for (int round = 0; round < 4; round++) {
                AnalysisFilter filter = Naive.randomFilter(random, p);
                Proximity proximity = randomProximity(random);
                List<Integer> codes = new ArrayList<>();
                for (int k : p.codebookOrder()) {
                    if (round == 0 || random.nextInt(3) > 0) {
                        codes.add(k);
                    }
                }
                if (codes.isEmpty()) {
                    codes.add(p.codebookOrder().get(0)); // an empty list would ask for every code
                }
                List<String> names = codes.stream().map(k -> p.codes.get(k).name()).toList();
                CooccurrenceRequest request = new CooccurrenceRequest(round == 0 ? List.of() : names, filter, proximity);
                CooccurrenceTable table = analysis.cooccurrence(request);
                String what = proximity + " " + filter;
                assertThat(table.codes()).as(what).isEqualTo(names);
                Expected expected = expected(naive, codes, filter, proximity);
                assertThat(table.segments()).as(what).isEqualTo(expected.segments);
                assertThat(table.coded()).as(what).isEqualTo(expected.coded);
                List<String> expectedPairs = new ArrayList<>();
                for (int a = 0; a < codes.size(); a++) {
                    for (int b = a + 1; b < codes.size(); b++) {
                        if (expected.pairs[a][b] > 0) {
                            expectedPairs.add(names.get(a) + "-" + names.get(b) + " " + expected.pairs[a][b] + " in "
                                    + expected.documents[a][b]);
                        }
                    }
                }
                assertThat(table.pairs()).extracting(pair -> pair.a() + "-" + pair.b() + " " + pair.pairs() + " in " + pair.documents())
                        .as(what).isEqualTo(expectedPairs);
                for (CooccurrencePair pair : table.pairs()) {
                    int a = names.indexOf(pair.a());
                    int b = names.indexOf(pair.b());
                    long denominator = expected.segments.get(a) + expected.segments.get(b) - pair.pairs();
                    if (denominator > 0) {
                        assertThat(pair.c()).isCloseTo((double) pair.pairs() / denominator, within(1e-12));
                    } else {
                        assertThat(pair.c()).isNull();
                    }
                    double either = expected.either[a][b];
                    assertThat(pair.jaccard()).isCloseTo(either == 0 ? 0 : expected.both[a][b] / either, within(1e-12));
                    List<CooccurrenceInstance> instances = analysis.cooccurrences(request, pair.a(), pair.b());
                    assertThat(instances).as("drill-down " + pair).hasSize((int) pair.pairs());
                    assertThat(instances.stream().map(i -> i.a().document()).distinct().count()).isEqualTo(pair.documents());
                    for (CooccurrenceInstance i : instances) {
                        assertThat(i.a().codes()).containsExactly(pair.a());
                        assertThat(i.b().codes()).containsExactly(pair.b());
                        assertThat(i.a().coder()).isEqualTo(i.b().coder());
                    }
                }
            }
        } finally {
            QueryPropertyTest.deleteAll(dir);
        }
    }

    static Proximity randomProximity(Random random) {
        switch (random.nextInt(5)) {
            case 0:
                return Proximity.OVERLAP;
            case 1:
                return new Proximity(Proximity.Kind.NEAR, random.nextInt(6));
            case 2:
                return new Proximity(Proximity.Kind.SENTENCE, random.nextInt(2));
            case 3:
                return new Proximity(Proximity.Kind.PARAGRAPH, random.nextInt(2));
            default:
                return Proximity.DOCUMENT;
        }
    }

    private static final class Expected {
        List<Long> segments = new ArrayList<>();
        List<Long> coded = new ArrayList<>();
        long[][] pairs;
        long[][] documents;
        double[][] both;
        double[][] either;
    }

    private static Expected expected(Naive naive, List<Integer> codes, AnalysisFilter filter, Proximity proximity) {
        GeneratedProject p = naive.p;
        int k = codes.size();
        Expected e = new Expected();
        long[] segments = new long[k];
        long[] coded = new long[k];
        e.pairs = new long[k][k];
        e.documents = new long[k][k];
        e.both = new double[k][k];
        e.either = new double[k][k];
        boolean[] documents = naive.documents(filter);
        for (int d = 0; d < p.documents.size(); d++) {
            if (!documents[d]) {
                continue;
            }
            boolean[][] seen = new boolean[k][k];
            int[] units = proximity.kind() == Proximity.Kind.SENTENCE ? naive.sentenceOf(d)
                    : proximity.kind() == Proximity.Kind.PARAGRAPH ? naive.paragraphOf(d) : null;
            for (boolean[] group : naive.groups(filter)) {
                boolean[][] bits = new boolean[k][];
                for (int i = 0; i < k; i++) {
                    bits[i] = naive.coverage(d, Naive.exactly(p.codes.size(), codes.get(i)), group);
                    segments[i] += Naive.runs(bits[i]).size();
                    coded[i] += Naive.count(bits[i]);
                }
                for (int a = 0; a < k; a++) {
                    for (int b = a + 1; b < k; b++) {
                        for (int[] ra : Naive.runs(bits[a])) {
                            for (int[] rb : Naive.runs(bits[b])) {
                                if (close(ra, rb, proximity, units)) {
                                    e.pairs[a][b]++;
                                    seen[a][b] = true;
                                }
                            }
                        }
                        for (int i = 0; i < bits[a].length; i++) {
                            e.both[a][b] += bits[a][i] && bits[b][i] ? 1 : 0;
                        }
                    }
                }
            }
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    e.documents[a][b] += seen[a][b] ? 1 : 0;
                }
            }
        }
        for (int a = 0; a < k; a++) {
            e.segments.add(segments[a]);
            e.coded.add(coded[a]);
            for (int b = a + 1; b < k; b++) {
                e.either[a][b] = coded[a] + coded[b] - e.both[a][b];
            }
        }
        return e;
    }

    private static boolean close(int[] a, int[] b, Proximity proximity, int[] units) {
        switch (proximity.kind()) {
            case OVERLAP:
                return a[0] < b[1] && b[0] < a[1];
            case NEAR:
                return Math.max(0, Math.max(b[0] - a[1], a[0] - b[1])) <= proximity.distance();
            case SENTENCE:
            case PARAGRAPH:
                return Math.max(0, Math.max(units[b[0]] - units[a[1] - 1], units[a[0]] - units[b[1] - 1])) <= proximity.distance();
            default:
                return true;
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
