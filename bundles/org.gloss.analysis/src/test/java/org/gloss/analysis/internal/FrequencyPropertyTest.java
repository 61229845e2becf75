package org.gloss.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.FrequencyBy;
import org.gloss.api.analysis.FrequencyRequest;
import org.gloss.api.analysis.FrequencyRow;
import org.gloss.api.analysis.FrequencyTable;
import org.gloss.api.store.ProjectSession;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Frequencies by code (with roll-up), coder and document, against counting codings and code points. */
class FrequencyPropertyTest {
    @Property(tries = 80)
    void frequenciesAgreeWithNaiveCounts(@ForAll("seeds") long seed) throws Exception {
        Random random = new Random(seed);
        GeneratedProject p = GeneratedProject.random(random);
        Path dir = Files.createTempDirectory("gloss-freq");
        try (ProjectSession session = p.write(dir.resolve("p.gloss"))) {
            EngineAnalysis analysis = new EngineAnalysis(ProjectData.read(session));
            Naive naive = new Naive(p);
            NAIVE.set(naive);
            for (FrequencyBy by : FrequencyBy.values()) {
                AnalysisFilter filter = Naive.randomFilter(random, p);
                String key = List.of("age", "region", "since").get(random.nextInt(3));
                if (by == FrequencyBy.ATTRIBUTE && p.documents.stream().noneMatch(d -> d.attributes().containsKey(key))) {
                    continue;
                }
                FrequencyRequest request = new FrequencyRequest(by, by == FrequencyBy.ATTRIBUTE ? key : null, filter);
                FrequencyTable table = analysis.frequencies(request);
                List<Row> expected = expected(naive, by, filter, key);
                assertThat(table.rows()).hasSize(expected.size());
                for (int i = 0; i < expected.size(); i++) {
                    compare(table.rows().get(i), expected.get(i), by + " " + filter);
                    long rowCodings = analysis.rowSegments(request, i).size();
                    assertThat(rowCodings).isEqualTo(table.rows().get(i).codings());
                }
                compare(table.total(), total(naive, filter), "total " + filter);
            }
        } finally {
            QueryPropertyTest.deleteAll(dir);
        }
    }

    /** What one row counts: codes (own, and with sub-codes for code rows), coders, documents, text. */
    private record Row(String key, boolean[] codes, boolean[] withSubcodes, List<boolean[]> groups, List<Integer> documents, long text) {
    }

    private static List<Row> expected(Naive naive, FrequencyBy by, AnalysisFilter filter, String key) {
        GeneratedProject p = naive.p;
        List<Integer> scope = scope(naive, filter);
        long text = scope.stream().mapToLong(naive::length).sum();
        List<Row> rows = new ArrayList<>();
        boolean[] all = Naive.all(p.codes.size());
        switch (by) {
            case CODE -> {
                for (int k : p.codebookOrder()) {
                    rows.add(new Row(p.codes.get(k).name(), Naive.exactly(p.codes.size(), k), p.subtree(k), naive.groups(filter), scope, text));
                }
            }
            case CODER -> {
                boolean[] coders = naive.coders(filter);
                for (int c = 0; c < coders.length; c++) {
                    if (coders[c]) {
                        boolean[] one = new boolean[coders.length];
                        one[c] = true;
                        rows.add(new Row(GeneratedProject.CODERS[c], all, null, List.of(one), scope, text));
                    }
                }
            }
            case DOCUMENT -> scope.forEach(d -> rows.add(new Row(p.documents.get(d).name(), all, null, naive.groups(filter), List.of(d),
                    naive.length(d))));
            case ATTRIBUTE -> naive.attributeGroups(scope, key).forEach(g -> rows.add(new Row(g.getKey(), all, null,
                    naive.groups(filter), g.getValue(), g.getValue().stream().mapToLong(naive::length).sum())));
        }
        return rows;
    }

    private static Row total(Naive naive, AnalysisFilter filter) {
        List<Integer> scope = scope(naive, filter);
        return new Row("total", Naive.all(naive.p.codes.size()), null, naive.groups(filter), scope,
                scope.stream().mapToLong(naive::length).sum());
    }

    private static List<Integer> scope(Naive naive, AnalysisFilter filter) {
        boolean[] in = naive.documents(filter);
        List<Integer> scope = new ArrayList<>();
        for (int d = 0; d < in.length; d++) {
            if (in[d]) {
                scope.add(d);
            }
        }
        return scope;
    }

    private static void compare(FrequencyRow actual, Row row, String what) {
        Naive naive = NAIVE.get();
        GeneratedProject p = naive.p;
        boolean[] coders = new boolean[GeneratedProject.CODERS.length];
        row.groups().forEach(g -> {
            for (int c = 0; c < coders.length; c++) {
                coders[c] |= g[c];
            }
        });
        long codings = 0;
        long withSubcodes = 0;
        long words = 0;
        long documents = 0;
        long documentsWithSubcodes = 0;
        long coded = 0;
        long codedWithSubcodes = 0;
        boolean[] codesSeen = new boolean[p.codes.size()];
        for (int d : row.documents()) {
            boolean own = false;
            boolean any = false;
            for (GeneratedProject.CodingDef c : p.codings) {
                if (c.document() != d || !coders[c.coder()]) {
                    continue;
                }
                if (row.codes()[c.code()]) {
                    codings++;
                    own = true;
                    codesSeen[c.code()] = true;
                    words += Naive.words(naive.substring(d, c.start(), c.end()));
                }
                if (row.withSubcodes() != null && row.withSubcodes()[c.code()]) {
                    withSubcodes++;
                    any = true;
                }
            }
            documents += own ? 1 : 0;
            documentsWithSubcodes += any ? 1 : 0;
            for (boolean[] group : row.groups()) {
                coded += Naive.count(naive.coverage(d, row.codes(), group));
                if (row.withSubcodes() != null) {
                    codedWithSubcodes += Naive.count(naive.coverage(d, row.withSubcodes(), group));
                }
            }
        }
        assertThat(actual.key()).as(what).isEqualTo(row.key());
        assertThat(actual.codings()).as(what + " codings " + row.key()).isEqualTo(codings);
        assertThat(actual.documents()).as(what + " documents " + row.key()).isEqualTo(documents);
        assertThat(actual.coded()).as(what + " coded " + row.key()).isEqualTo(coded);
        assertThat(actual.text()).as(what).isEqualTo(row.text());
        assertThat(actual.share()).isCloseTo(row.text() == 0 ? 0 : (double) coded / row.text(), within(1e-12));
        assertThat(actual.words()).as(what + " words " + row.key()).isEqualTo(words);
        assertThat(actual.wordsPerSegment()).isCloseTo(codings == 0 ? 0 : (double) words / codings, within(1e-12));
        if (row.withSubcodes() != null) {
            assertThat(actual.codingsWithSubcodes()).isEqualTo(withSubcodes);
            assertThat(actual.documentsWithSubcodes()).isEqualTo(documentsWithSubcodes);
            assertThat(actual.codedWithSubcodes()).isEqualTo(codedWithSubcodes);
        } else {
            int distinct = 0;
            for (boolean seen : codesSeen) {
                distinct += seen ? 1 : 0;
            }
            assertThat(actual.codes()).as(what + " codes " + row.key()).isEqualTo(distinct);
        }
    }

    /** The oracle of the try in progress (jqwik runs tries one after another). */
    private static final ThreadLocal<Naive> NAIVE = new ThreadLocal<>();

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
