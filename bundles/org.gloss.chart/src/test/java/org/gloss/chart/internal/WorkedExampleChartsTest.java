package org.gloss.chart.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gloss.api.agreement.AgreementFigures;
import org.gloss.api.agreement.MeasureValue;
import org.gloss.api.agreement.StudyOptions;
import org.gloss.api.agreement.StudyScope;
import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.AttributeEquals;
import org.gloss.api.chart.Chart;
import org.gloss.api.chart.ChartItem;
import org.gloss.api.chart.ChartProject;
import org.gloss.api.chart.ChartRequest;
import org.gloss.api.chart.Rgb;
import org.gloss.api.chart.Scene;
import org.gloss.api.error.GlossException;
import org.gloss.api.store.ProjectSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chart data on the worked example of docs/analysis.md, worked by hand (the figures in the comments
 * are counted from the table of codings there), and docs/charts.md's hand-worked example.
 */
class WorkedExampleChartsTest {
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

    private static Map<String, Double> values(Chart chart) {
        return chart.items().stream().collect(Collectors.toMap(ChartItem::id, ChartItem::value, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static List<Scene.Rect> rectsOf(Chart chart, String item) {
        return chart.scene().shapes().stream().filter(s -> s instanceof Scene.Rect && item.equals(s.item())).map(Scene.Rect.class::cast).toList();
    }

    @Test
    void frequenciesAreEachCodesCodingsInCodebookOrder() {
        Chart chart = new FrequenciesChart().draw(project, ChartRequest.of(AnalysisFilter.ALL));
        // codings #1 #3 #6 are debt concern, #2 #7 two-way road, #4 transparency, #5 Economy itself
        assertThat(values(chart)).containsExactly(Map.entry("code:Economy", 1.0), Map.entry("code:debt concern", 3.0),
                Map.entry("code:transparency", 1.0), Map.entry("code:two-way road", 2.0));
        Scene.Rect debt = rectsOf(chart, "code:debt concern").get(0);
        Scene.Rect road = rectsOf(chart, "code:two-way road").get(0);
        assertThat(debt.fill()).isEqualTo(Rgb.parse("#EDAE49", null));
        assertThat(road.fill()).isEqualTo(Rgb.parse("#2E86AB", null));
        assertThat(debt.width() / road.width()).isCloseTo(1.5, within(1e-9));
        assertThat(chart.scene().shapes()).anySatisfy(s -> assertThat(s).isInstanceOfSatisfying(Scene.Text.class,
                t -> assertThat(t.text()).isEqualTo("debt concern")));
        assertThat(chart.note()).isEqualTo("all coders · all documents · each code's own codings");
        List<AnalysisSegment> behind = new FrequenciesChart().segments(project, ChartRequest.of(AnalysisFilter.ALL),
                chart.item("code:debt concern").orElseThrow());
        assertThat(behind).extracting(s -> s.document() + " " + s.start() + "-" + s.end() + " " + s.coder())
                .containsExactly("Aigerim 9-34 ann", "Aigerim 13-40 ben", "Berik 7-24 ann");
    }

    @Test
    void frequenciesRollSubcodesUpAndSplitByCoderOrAttribute() {
        ChartRequest rolled = ChartRequest.of(AnalysisFilter.ALL).withOption("subcodes", "rollup");
        assertThat(new FrequenciesChart().draw(project, rolled).item("code:Economy").orElseThrow().value()).isEqualTo(4.0);
        Chart byCoder = new FrequenciesChart().draw(project, ChartRequest.of(AnalysisFilter.ALL).withOption("by", "coder"));
        assertThat(values(byCoder)).containsEntry("code:debt concern|ann", 2.0).containsEntry("code:debt concern|ben", 1.0)
                .containsEntry("code:two-way road|ann", 2.0).containsEntry("code:two-way road|ben", 0.0);
        assertThat(byCoder.item("code:debt concern|ben").orElseThrow().series()).isEqualTo("ben");
        // stacked: ann's part starts where the bar starts, ben's where ann's ends
        Scene.Rect ann = rectsOf(byCoder, "code:debt concern|ann").get(0);
        Scene.Rect ben = rectsOf(byCoder, "code:debt concern|ben").get(0);
        assertThat(ben.x()).isCloseTo(ann.x() + ann.width(), within(1e-9));
        assertThat(ann.width()).isCloseTo(2 * ben.width(), within(1e-9));
        assertThat(new FrequenciesChart().segments(project, ChartRequest.of(AnalysisFilter.ALL).withOption("by", "coder"),
                byCoder.item("code:debt concern|ben").orElseThrow())).extracting(AnalysisSegment::start).containsExactly(13);
        Chart byRegion = new FrequenciesChart().draw(project, ChartRequest.of(AnalysisFilter.ALL).withOption("by", "attr:region"));
        assertThat(values(byRegion)).containsEntry("code:debt concern|Almaty", 2.0).containsEntry("code:debt concern|Astana", 1.0);
    }

    @Test
    void cooccurrenceCellsAreTheEnginesPairsBothWays() {
        Chart chart = new CooccurrenceChart().draw(project, ChartRequest.of(AnalysisFilter.ALL));
        // pooled, debt concern's segments [9,40) and two-way road's [34,56) share " It is"; in Berik they do not touch
        assertThat(values(chart)).containsEntry("pair:debt concern|two-way road", 1.0)
                .doesNotContainKey("pair:debt concern|transparency").doesNotContainKey("pair:Economy|debt concern");
        assertThat(rectsOf(chart, "pair:debt concern|two-way road")).hasSize(2);
        assertThat(new CooccurrenceChart().segments(project, ChartRequest.of(AnalysisFilter.ALL),
                chart.item("pair:debt concern|two-way road").orElseThrow())).extracting(s -> s.start() + "-" + s.end())
                .containsExactly("9-40", "34-56");
    }

    @Test
    void matrixCellsCountCodingsAndPercentagesAddUp() {
        Chart chart = new MatrixChart().draw(project, ChartRequest.of(AnalysisFilter.ALL));
        assertThat(chart.items()).extracting(i -> i.label() + "=" + (long) i.value()).containsExactlyInAnyOrder(
                "Economy × Aigerim=1", "debt concern × Aigerim=2", "debt concern × Berik=1", "transparency × Aigerim=1",
                "two-way road × Aigerim=1", "two-way road × Berik=1");
        Chart rows = new MatrixChart().draw(project, ChartRequest.of(AnalysisFilter.ALL).withOption("percent", "row"));
        double debtRow = rows.items().stream().filter(i -> i.codes().equals(List.of("debt concern"))).mapToDouble(ChartItem::value).sum();
        assertThat(debtRow).isCloseTo(100, within(1e-9));
        ChartItem cell = chart.items().stream().filter(i -> i.label().equals("debt concern × Aigerim")).findFirst().orElseThrow();
        assertThat(new MatrixChart().segments(project, ChartRequest.of(AnalysisFilter.ALL), cell)).extracting(AnalysisSegment::start)
                .containsExactly(9, 13);
        assertThat(chart.scene().shapes()).anySatisfy(s -> assertThat(s).isInstanceOfSatisfying(Scene.Text.class,
                t -> assertThat(t.text()).isEqualTo("Berik")));
    }

    @Test
    void portraitTilesOneCodePointEachAreColouredByTheCodesThere() {
        Chart chart = new PortraitChart().draw(project, ChartRequest.of(AnalysisFilter.ALL).withDocument("Aigerim").withOption("tiles", "92"));
        // 92 code points, one per tile; coded: [9,56) and [67,75)
        assertThat(chart.items()).hasSize(56 - 9 + 75 - 67);
        ChartItem t35 = chart.item("tile:35").orElseThrow();
        assertThat(t35.codes()).containsExactlyInAnyOrder("debt concern", "two-way road");
        assertThat(t35.start()).isEqualTo(35);
        assertThat(t35.end()).isEqualTo(36);
        assertThat(chart.item("tile:45").orElseThrow().codes()).containsExactlyInAnyOrder("two-way road", "transparency");
        assertThat(rectsOf(chart, "tile:70").get(0).fill()).isEqualTo(Rgb.parse("#D1495B", null));
        assertThat(chart.item("tile:8")).isEmpty();
        assertThat(new PortraitChart().segments(project, ChartRequest.of(AnalysisFilter.ALL).withDocument("Aigerim"), t35))
                .extracting(s -> s.start() + "-" + s.end() + " " + s.codes().get(0))
                .containsExactly("13-40 debt concern", "34-56 two-way road"); // 9-34 ends before code point 35
        Chart ben = new PortraitChart().draw(project, new ChartRequest(AnalysisFilter.ALL.withCoders(List.of("ben")), "Aigerim", List.of(),
                Map.of("tiles", "92"), 800, 600));
        // ben coded [13,40) and [43,56) there
        assertThat(ben.items()).hasSize(27 + 13);
    }

    @Test
    void agreementBarsAreTheEnginesCoefficientsWithTheirIntervals() {
        AgreementChart kind = new AgreementChart(Projects.agreement());
        ChartRequest request = ChartRequest.of(AnalysisFilter.ALL).withCoders(List.of("ann", "ben")).withOption("bootstrap", "200");
        Chart chart = kind.draw(project, request);
        AgreementFigures figures = Projects.agreement().figures(session, StudyScope.of(List.of("ann", "ben")),
                new StudyOptions("char", 200, 1, 0.95, false), List.of());
        for (ChartItem item : chart.items()) {
            MeasureValue expected = figures.codes().get(item.label()).values().stream()
                    .filter(v -> v.measureId().equals("krippendorff_alpha")).findFirst().orElseThrow();
            assertThat(item.value()).isEqualTo(expected.value());
            assertThat(item.low()).isEqualTo(expected.low());
            assertThat(item.high()).isEqualTo(expected.high());
        }
        assertThat(chart.items()).extracting(ChartItem::label).containsExactlyElementsOf(figures.codes().keySet());
        assertThat(chart.scene().shapes().stream().filter(s -> s instanceof Scene.Line).count()).isGreaterThan(3L * chart.items().size());
        assertThat(kind.segments(project, request, chart.item("code:debt concern").orElseThrow())).isNotEmpty()
                .allSatisfy(s -> assertThat(s.codes()).containsExactly("debt concern"));
        Chart perDocument = kind.draw(project, request.withOption("per", "document"));
        assertThat(perDocument.items()).extracting(ChartItem::label).containsExactly("Aigerim");
    }

    @Test
    void badRequestsAreOneClearError() {
        assertThatThrownBy(() -> new PortraitChart().draw(project, ChartRequest.of(AnalysisFilter.ALL)))
                .isInstanceOf(GlossException.class).hasMessageContaining("--doc");
        assertThatThrownBy(() -> new PortraitChart().draw(project, ChartRequest.of(AnalysisFilter.ALL).withDocument("Nobody")))
                .isInstanceOf(GlossException.class).hasMessageContaining("Nobody");
        assertThatThrownBy(() -> new FrequenciesChart().draw(project, ChartRequest.of(AnalysisFilter.ALL).withOption("by", "weather")))
                .isInstanceOf(GlossException.class).hasMessageContaining("invalid --by 'weather'");
        assertThatThrownBy(() -> new MatrixChart().draw(project, ChartRequest.of(AnalysisFilter.ALL).withOption("tiles", "3")))
                .isInstanceOf(GlossException.class).hasMessageContaining("takes no --tiles");
        assertThatThrownBy(() -> new AgreementChart(Projects.agreement()).draw(project, ChartRequest.of(AnalysisFilter.ALL)))
                .isInstanceOf(GlossException.class).hasMessageContaining("--coders");
        assertThatThrownBy(() -> new FrequenciesChart().draw(project, ChartRequest.of(AnalysisFilter.ALL.and(new AttributeEquals("colour", "x")))))
                .isInstanceOf(GlossException.class).hasMessageContaining("colour");
    }
}
