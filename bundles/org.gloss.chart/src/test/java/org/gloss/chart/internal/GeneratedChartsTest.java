package org.gloss.chart.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.AttributeEquals;
import org.gloss.api.chart.Chart;
import org.gloss.api.chart.ChartItem;
import org.gloss.api.chart.ChartProject;
import org.gloss.api.chart.ChartRequest;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.model.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chart data on generated projects against a naive count over the codings as the store lists them. */
class GeneratedChartsTest {
    @TempDir
    Path dir;
    private ProjectSession session;
    private ChartProject project;
    private final Map<Long, String> codeNames = new HashMap<>();
    private final Map<Long, String> coderNames = new HashMap<>();
    private final Map<Long, Document> documents = new HashMap<>();

    @BeforeEach
    void open() {
        session = Projects.generated(dir.resolve("generated.gloss"), 42, 12, 600);
        project = Projects.open(session);
        session.codebook().list().forEach(c -> codeNames.put(c.id(), c.name()));
        session.coders().list().forEach(c -> coderNames.put(c.id(), c.name()));
        session.documents().list().forEach(d -> documents.put(d.id(), d));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Map<String, Double> chartValues(Chart chart) {
        Map<String, Double> values = new TreeMap<>();
        chart.items().forEach(i -> values.put(i.id(), i.value()));
        return values;
    }

    @Test
    void frequencyBarsAreCodingCountsPerCodeCoderAndAttributeValue() {
        Map<String, Double> own = new TreeMap<>();
        Map<String, Double> byCoder = new TreeMap<>();
        Map<String, Double> byGroup = new TreeMap<>();
        for (Code code : session.codebook().list()) {
            own.put("code:" + code.name(), 0.0);
            for (Coder coder : session.coders().list()) {
                byCoder.put("code:" + code.name() + "|" + coder.name(), 0.0);
            }
        }
        for (Coding c : session.codings().list(CodingFilter.ALL)) {
            String code = codeNames.get(c.codeId());
            own.merge("code:" + code, 1.0, Double::sum);
            byCoder.merge("code:" + code + "|" + coderNames.get(c.coderId()), 1.0, Double::sum);
            byGroup.merge("code:" + code + "|" + documents.get(c.documentId()).attributes().get("group").value(), 1.0, Double::sum);
        }
        assertThat(chartValues(new FrequenciesChart().draw(project, ChartRequest.of(AnalysisFilter.ALL)))).isEqualTo(own);
        assertThat(chartValues(new FrequenciesChart().draw(project, ChartRequest.of(AnalysisFilter.ALL).withOption("by", "coder"))))
                .isEqualTo(byCoder);
        Map<String, Double> groups = chartValues(new FrequenciesChart().draw(project,
                ChartRequest.of(AnalysisFilter.ALL).withOption("by", "attr:group")));
        groups.values().removeIf(v -> v == 0);
        assertThat(groups).isEqualTo(byGroup);
    }

    @Test
    void rolledUpBarsAddTheSubcodesCodings() {
        Map<Long, Long> parent = new HashMap<>();
        session.codebook().list().forEach(c -> parent.put(c.id(), c.parentId()));
        Map<String, Double> rolled = new TreeMap<>();
        session.codebook().list().forEach(c -> rolled.put("code:" + c.name(), 0.0));
        for (Coding c : session.codings().list(CodingFilter.ALL)) {
            for (Long code = c.codeId(); code != null; code = parent.get(code)) {
                rolled.merge("code:" + codeNames.get(code), 1.0, Double::sum);
            }
        }
        assertThat(chartValues(new FrequenciesChart().draw(project, ChartRequest.of(AnalysisFilter.ALL).withOption("subcodes", "rollup"))))
                .isEqualTo(rolled);
    }

    @Test
    void matrixCellsAreCodingCountsPerCodeAndDocumentInTheFilter() {
        AnalysisFilter groupA = AnalysisFilter.ALL.and(new AttributeEquals("group", "A")).withCoders(List.of("aida", "chen"));
        Map<String, Double> naive = new TreeMap<>();
        for (Coding c : session.codings().list(CodingFilter.ALL)) {
            Document d = documents.get(c.documentId());
            String coder = coderNames.get(c.coderId());
            if (d.attributes().get("group").value().equals("A") && !coder.equals("ben")) {
                naive.merge(codeNames.get(c.codeId()) + " × " + d.name(), 1.0, Double::sum);
            }
        }
        Chart chart = new MatrixChart().draw(project, ChartRequest.of(groupA));
        Map<String, Double> cells = new TreeMap<>();
        chart.items().forEach(i -> cells.put(i.label(), i.value()));
        assertThat(cells).isEqualTo(naive);
        assertThat(chart.note()).contains("coders: aida, chen", "group = A");
    }

    @Test
    void portraitTilesCountWhatEachCodeCoversInThem() {
        Document document = documents.values().stream().max(java.util.Comparator.comparingInt(Document::length)).orElseThrow();
        int tiles = 37;
        Chart chart = new PortraitChart().draw(project, ChartRequest.of(AnalysisFilter.ALL).withDocument(document.name())
                .withOption("tiles", String.valueOf(tiles)));
        // naive: per code point, which codes cover it; per tile, the codes covering any of its code points
        List<java.util.Set<String>> at = new ArrayList<>();
        for (int i = 0; i < document.length(); i++) {
            at.add(new java.util.TreeSet<>());
        }
        for (Coding c : session.codings().list(CodingFilter.document(document.id()))) {
            for (int i = c.start(); i < c.end(); i++) {
                at.get(i).add(codeNames.get(c.codeId()));
            }
        }
        Map<String, java.util.Set<String>> expected = new TreeMap<>();
        for (int t = 0; t < tiles; t++) {
            int start = (int) ((long) t * document.length() / tiles);
            int end = (int) ((long) (t + 1) * document.length() / tiles);
            java.util.Set<String> codes = new java.util.TreeSet<>();
            for (int i = start; i < end; i++) {
                codes.addAll(at.get(i));
            }
            if (!codes.isEmpty()) {
                expected.put("tile:" + t, codes);
            }
        }
        Map<String, java.util.Set<String>> actual = new TreeMap<>();
        for (ChartItem item : chart.items()) {
            actual.put(item.id(), new java.util.TreeSet<>(item.codes()));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void tilingCoversEveryCodePointOnce() {
        for (int length : new int[] {1, 7, 92, 1000, 1_000_003}) {
            for (int tiles : new int[] {1, 3, 7, 92, 1200}) {
                if (tiles > length) {
                    continue;
                }
                PortraitChart.Tiling tiling = new PortraitChart.Tiling(length, tiles);
                for (int p : new int[] {0, 1, length / 3, length / 2, length - 2, length - 1}) {
                    if (p < 0 || p >= length) {
                        continue;
                    }
                    int t = tiling.tileOf(p);
                    assertThat(tiling.start(t)).as("length %d tiles %d point %d", length, tiles, p).isLessThanOrEqualTo(p);
                    assertThat(tiling.start(t + 1)).isGreaterThan(p);
                }
            }
        }
    }
}
