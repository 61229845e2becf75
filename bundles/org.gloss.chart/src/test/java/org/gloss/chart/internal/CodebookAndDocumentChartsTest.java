package org.gloss.chart.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gloss.analysis.internal.AnalysisEngine;
import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.FrequencyBy;
import org.gloss.api.analysis.FrequencyRequest;
import org.gloss.api.analysis.FrequencyRow;
import org.gloss.api.analysis.WordCount;
import org.gloss.api.analysis.WordTable;
import org.gloss.api.chart.Chart;
import org.gloss.api.chart.ChartItem;
import org.gloss.api.chart.ChartProject;
import org.gloss.api.chart.ChartRequest;
import org.gloss.api.chart.Scene;
import org.gloss.api.error.GlossException;
import org.gloss.api.store.ProjectSession;
import org.gloss.search.lucene.internal.ProjectIndexes;
import org.gloss.search.lucene.internal.words.LuceneWordFrequencies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Treemap, sunburst, network, codeline and word charts on the worked example and a generated project. */
class CodebookAndDocumentChartsTest {
    @TempDir
    Path dir;
    private ProjectSession session;
    private ChartProject project;

    @BeforeEach
    void open() {
        session = Projects.workedExample(dir.resolve("example.gloss"));
        project = Projects.open(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static <S extends Scene.Shape> S shapeOf(Chart chart, Class<S> type, String item) {
        return chart.scene().shapes().stream().filter(s -> type.isInstance(s) && item.equals(s.item())).map(type::cast).findFirst().orElseThrow();
    }

    private static Map<String, Double> values(Chart chart) {
        Map<String, Double> values = new TreeMap<>();
        chart.items().forEach(i -> values.put(i.id(), i.value()));
        return values;
    }

    @Test
    void treemapSizesAreCodingsWithSubcodesAndAreasFollowThem() {
        Chart chart = new HierarchyChart().draw(project, ChartRequest.of(AnalysisFilter.ALL));
        // Economy: its own coding #5 and debt concern's three; transparency one; two-way road two
        assertThat(values(chart)).isEqualTo(Map.of("code:Economy", 4.0, "code:debt concern", 3.0, "code:transparency", 1.0,
                "code:two-way road", 2.0));
        Scene.Rect economy = shapeOf(chart, Scene.Rect.class, "code:Economy");
        Scene.Rect road = shapeOf(chart, Scene.Rect.class, "code:two-way road");
        Scene.Rect transparency = shapeOf(chart, Scene.Rect.class, "code:transparency");
        assertThat(economy.width() * economy.height() / (road.width() * road.height())).isCloseTo(2.0, within(1e-6));
        assertThat(road.width() * road.height() / (transparency.width() * transparency.height())).isCloseTo(2.0, within(1e-6));
        Scene.Rect debt = shapeOf(chart, Scene.Rect.class, "code:debt concern");
        assertThat(debt.x()).isGreaterThanOrEqualTo(economy.x());
        assertThat(debt.y() + debt.height()).isLessThanOrEqualTo(economy.y() + economy.height() + 1e-9);
        // on generated data the sizes are the engine's codings with sub-codes
        try (ProjectSession generated = Projects.generated(dir.resolve("g.gloss"), 7, 8, 300)) {
            ChartProject g = Projects.open(generated);
            Map<String, Double> engine = new TreeMap<>();
            for (FrequencyRow row : g.analysis().frequencies(FrequencyRequest.by(FrequencyBy.CODE)).rows()) {
                if (row.codingsWithSubcodes() > 0) {
                    engine.put("code:" + row.key(), (double) row.codingsWithSubcodes());
                }
            }
            assertThat(values(new HierarchyChart().draw(g, ChartRequest.of(AnalysisFilter.ALL)))).isEqualTo(engine);
            assertThat(values(new SunburstChart().draw(g, ChartRequest.of(AnalysisFilter.ALL)))).isEqualTo(engine);
        }
    }

    @Test
    void treemapBoxesFillTheirRectangleWithoutOverlap() {
        List<Double> values = List.of(6.0, 6.0, 4.0, 3.0, 2.0, 2.0, 1.0);
        List<Treemap.Box> boxes = Treemap.layout(values, 0, 0, 600, 400);
        double area = 0;
        for (int i = 0; i < boxes.size(); i++) {
            Treemap.Box b = boxes.get(i);
            assertThat(b.width() * b.height()).isCloseTo(values.get(i) / 24 * 600 * 400, within(1e-6));
            area += b.width() * b.height();
            for (int j = i + 1; j < boxes.size(); j++) {
                Treemap.Box o = boxes.get(j);
                double overlapW = Math.min(b.x() + b.width(), o.x() + o.width()) - Math.max(b.x(), o.x());
                double overlapH = Math.min(b.y() + b.height(), o.y() + o.height()) - Math.max(b.y(), o.y());
                assertThat(overlapW <= 1e-9 || overlapH <= 1e-9).as("boxes %d and %d overlap", i, j).isTrue();
            }
        }
        assertThat(area).isCloseTo(600 * 400, within(1e-6));
    }

    @Test
    void sunburstAnglesAreSharesOfTheCodings() {
        Chart chart = new SunburstChart().draw(project, ChartRequest.of(AnalysisFilter.ALL));
        Scene.Wedge economy = shapeOf(chart, Scene.Wedge.class, "code:Economy");
        Scene.Wedge debt = shapeOf(chart, Scene.Wedge.class, "code:debt concern");
        assertThat(economy.extent()).isCloseTo(4.0 / 7 * 360, within(1e-9));
        assertThat(debt.extent()).isCloseTo(3.0 / 7 * 360, within(1e-9));
        assertThat(debt.startAngle()).isEqualTo(economy.startAngle());
        assertThat(debt.innerRadius()).isCloseTo(economy.outerRadius(), within(1e-9));
    }

    @Test
    void networkLinksPairsAtTheThresholdAndLaysOutTheSameForTheSameSeed() {
        ChartRequest request = ChartRequest.of(AnalysisFilter.ALL);
        Chart chart = new NetworkChart().draw(project, request);
        // overlapping pairs: debt concern [9,40) with two-way road [34,56); two-way road with transparency [43,56)
        assertThat(chart.items().stream().filter(i -> i.id().startsWith("pair:")).map(ChartItem::id))
                .containsExactlyInAnyOrder("pair:debt concern|two-way road", "pair:transparency|two-way road");
        assertThat(chart.item("code:debt concern").orElseThrow().value()).isEqualTo(2.0); // segments [9,40) and Berik's [7,24)
        assertThat(new NetworkChart().draw(project, request).scene()).isEqualTo(chart.scene());
        assertThat(new NetworkChart().draw(project, request.withOption("seed", "2")).scene()).isNotEqualTo(chart.scene());
        assertThat(new NetworkChart().draw(project, request.withOption("threshold", "2")).items())
                .noneMatch(i -> i.id().startsWith("pair:"));
        Chart strongest = new NetworkChart().draw(project, request.withOption("edges", "1"));
        assertThat(strongest.items().stream().filter(i -> i.id().startsWith("pair:"))).hasSize(1);
        assertThat(strongest.note()).contains("edges of at least 1 (the strongest 1 of 2)");
        // every node lies inside the drawing
        for (Scene.Shape shape : chart.scene().shapes()) {
            if (shape instanceof Scene.Circle c) {
                assertThat(c.cx() - c.radius()).isGreaterThanOrEqualTo(0);
                assertThat(c.cx() + c.radius()).isLessThanOrEqualTo(chart.scene().width());
                assertThat(c.cy() + c.radius()).isLessThanOrEqualTo(chart.scene().height());
            }
        }
    }

    @Test
    void codelineMarksAreEachCodesRunsAlongTheText() {
        Chart chart = new CodelineChart().draw(project, ChartRequest.of(AnalysisFilter.ALL).withDocument("Aigerim"));
        assertThat(chart.items()).extracting(ChartItem::label).containsExactly("Economy 67–75", "debt concern 9–40",
                "transparency 43–56", "two-way road 34–56");
        Scene.Rect debt = shapeOf(chart, Scene.Rect.class, "mark:debt concern|0");
        Scene.Rect economy = shapeOf(chart, Scene.Rect.class, "mark:Economy|0");
        // x is linear in code points: (75 - 67) / (40 - 9)
        assertThat(economy.width() / debt.width()).isCloseTo(8.0 / 31, within(1e-9));
        assertThat(new CodelineChart().segments(project, ChartRequest.of(AnalysisFilter.ALL).withDocument("Aigerim"),
                chart.item("mark:debt concern|0").orElseThrow())).extracting(s -> s.start() + "-" + s.end()).containsExactly("9-34", "13-40");
        assertThatThrownBy(() -> new CodelineChart().draw(project, ChartRequest.of(AnalysisFilter.ALL).withDocument("Aigerim")
                .withOption("axis", "turns"))).isInstanceOf(GlossException.class).hasMessageContaining("no speaker turns");
    }

    @Test
    void wordChartsShowTheWordFrequencyMeasure() throws Exception {
        ProjectIndexes indexes = new ProjectIndexes();
        LuceneWordFrequencies words = new LuceneWordFrequencies(indexes, new AnalysisEngine());
        ChartRequest request = ChartRequest.of(AnalysisFilter.ALL);
        WordTable table = words.count(session, Words.request(request, WordBarsChart.DEFAULT_TOP));
        Chart bars = new WordBarsChart(words).draw(project, request);
        assertThat(bars.items()).extracting(ChartItem::label).containsExactlyElementsOf(table.words().stream().map(WordCount::word).toList());
        assertThat(bars.items()).extracting(ChartItem::value).containsExactlyElementsOf(
                table.words().stream().map(w -> (double) w.count()).toList());
        // "roads" and "road" are one stem; "debt" is a word of both interviews
        assertThat(bars.items()).anySatisfy(i -> assertThat(i.label()).startsWith("road"));
        Chart cloud = new WordCloudChart(words).draw(project, request);
        assertThat(cloud.items()).isNotEmpty();
        List<Scene.Text> texts = cloud.scene().shapes().stream().filter(s -> s instanceof Scene.Text t && t.item() != null)
                .map(Scene.Text.class::cast).toList();
        assertThat(texts.get(0).size()).isGreaterThanOrEqualTo(texts.get(texts.size() - 1).size());
        ChartItem first = cloud.items().get(0);
        assertThat(new WordCloudChart(words).segments(project, request, first)).hasSize((int) first.value());
        Chart inCode = new WordBarsChart(words).draw(project, request.withOption("code", "two-way road"));
        assertThat(inCode.title()).contains("words in segments of two-way road");
        indexes.close();
    }
}
