package org.gloss.ui.chart.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.fxmisc.richtext.InlineCssTextArea;
import org.gloss.agreement.coefficients.internal.CohenKappa;
import org.gloss.agreement.coefficients.internal.KrippendorffAlphaNominal;
import org.gloss.agreement.coefficients.internal.PercentAgreement;
import org.gloss.agreement.internal.AgreementStudiesService;
import org.gloss.analysis.internal.AnalysisEngine;
import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.FrequencyBy;
import org.gloss.api.analysis.FrequencyRequest;
import org.gloss.api.analysis.FrequencyTable;
import org.gloss.api.analysis.ProjectAnalysis;
import org.gloss.api.chart.Chart;
import org.gloss.api.chart.ChartInput;
import org.gloss.api.chart.ChartItem;
import org.gloss.api.chart.ChartKind;
import org.gloss.api.chart.ChartOption;
import org.gloss.api.chart.ChartProject;
import org.gloss.api.chart.ChartRequest;
import org.gloss.api.chart.Rgb;
import org.gloss.api.chart.Scene;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.chart.internal.AgreementChart;
import org.gloss.chart.internal.CodelineChart;
import org.gloss.chart.internal.CooccurrenceChart;
import org.gloss.chart.internal.FrequenciesChart;
import org.gloss.chart.internal.HierarchyChart;
import org.gloss.chart.internal.MatrixChart;
import org.gloss.chart.internal.NetworkChart;
import org.gloss.chart.internal.PortraitChart;
import org.gloss.chart.internal.SunburstChart;
import org.gloss.chart.internal.WordBarsChart;
import org.gloss.chart.internal.WordCloudChart;
import org.gloss.chart.render.internal.SceneFileWriter;
import org.gloss.core.project.DemoProject;
import org.gloss.model.Coding;
import org.gloss.model.Document;
import org.gloss.search.lucene.internal.ProjectIndexes;
import org.gloss.search.lucene.internal.words.LuceneWordFrequencies;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.gloss.ui.document.internal.DocumentViews;
import org.gloss.ui.workbench.internal.shell.Contributions;
import org.gloss.ui.workbench.internal.shell.ProjectOpener;
import org.gloss.ui.workbench.internal.shell.WorkbenchSettings;
import org.gloss.ui.workbench.internal.shell.WorkbenchWindow;
import org.gloss.ui.workbench.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Chart view in the real workbench window (TestFX on Monocle) on the demo project in a real
 * SQLite file, with the real analysis and agreement engines, the real chart kinds and the real
 * SVG/PNG writer: the chooser follows the installed kinds, every kind draws, a click on a bar lists
 * exactly the codings the analysis engine counts for it and opens them, the keyboard walks the
 * chart, a new coding redraws it, and the exports parse back.
 */
@ExtendWith(ApplicationExtension.class)
class ChartViewTest {
    private static final String CODER = "carol";

    @TempDir
    Path dir;
    private Path project;
    private WorkbenchWindow window;
    private InstalledCharts charts;
    private List<ChartKind> kinds;
    private ProjectIndexes indexes;

    @Start
    void start(Stage stage) {
        project = dir.resolve("demo.gloss");
        try (ProjectSession s = new SqliteStoreProvider().create(project.toString())) {
            DemoProject.fill(s);
        }
        AnalysisEngine engine = new AnalysisEngine();
        indexes = new ProjectIndexes();
        LuceneWordFrequencies words = new LuceneWordFrequencies(indexes, engine);
        kinds = List.of(new FrequenciesChart(), new HierarchyChart(), new SunburstChart(), new CooccurrenceChart(),
                new NetworkChart(), new MatrixChart(), new PortraitChart(), new CodelineChart(), new WordCloudChart(words),
                new WordBarsChart(words),
                new AgreementChart(new AgreementStudiesService(List.of(new PercentAgreement(), new CohenKappa(), new KrippendorffAlphaNominal()))));
        charts = new InstalledCharts(kinds, List.of(new SceneFileWriter()));
        ChartServices services = new ChartServices(engine, charts,
                (context, format, name) -> Optional.of(dir.resolve(name + "." + format)));
        Contributions contributions = new Contributions();
        contributions.setDocumentViews(new DocumentViews());
        contributions.addView(new ChartView(services));
        WorkbenchSettings settings = new WorkbenchSettings(dir.resolve("workbench.properties"));
        settings.remember(project.toString(), CODER);
        window = new WorkbenchWindow(stage, contributions, ProjectOpener.of(new SqliteStoreProvider()), settings);
        stage.setWidth(1400);
        stage.setHeight(950);
        stage.show();
        window.openProject(project.toString());
        window.showPerspective("analysis");
    }

    @AfterEach
    void closeIndexes() throws Exception {
        indexes.close();
    }

    private ChartPane pane(FxRobot robot) {
        TabPane tabs = robot.lookup("#analysis-perspective .tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getId().equals("view-" + ChartView.ID)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        ChartPane pane = (ChartPane) robot.lookup("#analysis-chart").query().getProperties().get(ChartPane.KEY);
        waitUntil(() -> pane.settled() && pane.canvas().chart() != null);
        return pane;
    }

    private void choose(FxRobot robot, ChartPane pane, String kindId) {
        robot.interact(() -> pane.kindBox().setValue(pane.kindBox().getItems().stream().filter(k -> k.id().equals(kindId))
                .findFirst().orElseThrow()));
        waitUntil(() -> pane.settled() && pane.canvas().chart() != null && pane.canvas().chart().kind().equals(kindId));
    }

    @Test
    void theChooserListsTheInstalledKindsAsPluginsComeAndGo(FxRobot robot) {
        ChartPane pane = pane(robot);
        assertThat(pane.kindBox().getItems()).extracting(ChartKind::title)
                .containsExactlyElementsOf(kinds.stream().map(ChartKind::title).sorted(String.CASE_INSENSITIVE_ORDER).toList());
        assertThat(pane.kindBox().getValue().id()).isEqualTo("frequencies");

        ChartKind plugin = new OneBoxChart();
        charts.addKind(plugin);
        waitUntil(() -> pane.kindBox().getItems().contains(plugin));
        robot.interact(() -> pane.kindBox().setValue(plugin));
        waitUntil(() -> pane.settled() && pane.canvas().chart() != null && pane.canvas().chart().kind().equals("one-box"));
        assertThat(pane.canvas().chart().items()).extracting(ChartItem::label).containsExactly("2 documents");

        charts.removeKind(plugin);
        waitUntil(() -> !pane.kindBox().getItems().contains(plugin));
        waitUntil(() -> pane.settled() && pane.canvas().chart() != null && pane.canvas().chart().kind().equals("frequencies"));
    }

    @Test
    void everyKindDrawsTheDemoAndFollowsTheViewsSize(FxRobot robot) {
        ChartPane pane = pane(robot);
        for (ChartKind kind : kinds) {
            choose(robot, pane, kind.id());
            if (kind.options().stream().anyMatch(o -> o.name().equals("proximity"))) {
                // the demo's coders code different codes on different passages: pairs meet within documents
                robot.interact(() -> pane.options().set("proximity", "document"));
                waitUntil(() -> pane.settled() && "document".equals(pane.shownRequest().options().get("proximity")));
            }
            Chart chart = pane.canvas().chart();
            assertThat(pane.status().getText()).as(kind.id()).containsPattern("^\\d+ items? · ");
            assertThat(chart.items()).as(kind.id()).isNotEmpty();
            assertThat(chart.scene().width()).isEqualTo(Math.floor(pane.canvas().getWidth()));
            assertThat(chart.scene().height()).isEqualTo(Math.floor(pane.canvas().getHeight()));
            if (kind.needs().contains(ChartInput.DOCUMENT)) {
                assertThat(pane.shownRequest().document()).isEqualTo("article");
            }
            if (kind.needs().contains(ChartInput.CODERS)) {
                assertThat(pane.shownRequest().coders()).containsExactly("aida", "ben");
            }
            // the screen paints what the PNG writer paints: the same colour inside every bar, tile, cell, node and wedge
            assertScreenMatchesTheFile(robot, pane.canvas(), chart);
            // clicking the largest item drawn (a bar, tile, cell, node, wedge or word) lists the passages behind it
            ChartItem largest = chart.items().stream().sorted(java.util.Comparator.comparingDouble(ChartItem::value).reversed())
                    .filter(i -> pane.canvas().itemPoint(i.id()) != null).findFirst().orElseThrow();
            clickOn(robot, pane.canvas(), pane.canvas().itemPoint(largest.id()));
            waitUntil(() -> pane.canvas().selectedItem().filter(largest::equals).isPresent()
                    && pane.status().getText().matches("\\d+ passages? behind .*"),
                    () -> kind.id() + ": clicked " + largest.label() + ", chosen " + pane.canvas().selectedItem().map(ChartItem::label)
                            + ", status " + pane.status().getText());
            assertThat(pane.status().getText()).as(kind.id()).startsWith(pane.listed().size() + " passage");
            robot.interact(() -> Screenshots.save(window.stage().getScene(), "chart-" + kind.id()));
        }
        // the per-document kinds draw the document chosen
        choose(robot, pane, "portrait");
        robot.interact(() -> pane.filter().chooseDocument("interview"));
        waitUntil(() -> pane.settled() && "interview".equals(pane.shownRequest().document()));
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "chart-portrait-interview"));

        // a smaller window draws the chart again at the new size (the view waits for the resizing to settle)
        choose(robot, pane, "frequencies");
        robot.interact(() -> {
            window.stage().setWidth(1000);
            window.stage().setHeight(760);
        });
        waitUntil(() -> pane.settled() && pane.canvas().chart().scene().width() == Math.floor(pane.canvas().getWidth())
                && pane.canvas().chart().scene().height() == Math.floor(pane.canvas().getHeight()));
        assertThat(pane.canvas().chart().scene().width()).isLessThan(1000);
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "chart-frequencies-small"));
    }

    @Test
    void clickingABarListsExactlyTheCodingsBehindItAndOpensThem(FxRobot robot) {
        ChartPane pane = pane(robot);
        ChartItem debt = pane.canvas().chart().item("code:debt concern").orElseThrow();
        assertThat(debt.value()).isEqualTo(codings("debt concern").size()).isEqualTo(9);

        // the bar is painted in the code's own colour
        Point2D at = pane.canvas().itemPoint(debt.id());
        assertThat(pixel(robot, pane.canvas(), at)).isEqualTo(Color.web("#D1495B"));
        // hovering names it
        robot.moveTo(robot.point(pane.canvas()).atOffset(at.subtract(pane.canvas().getWidth() / 2, pane.canvas().getHeight() / 2)));
        waitUntil(() -> "debt concern: 9".equals(pane.canvas().hoverText()));

        clickOn(robot, pane.canvas(), at);
        waitUntil(() -> pane.listed().size() == 9);
        assertThat(spans(pane.listed())).containsExactlyInAnyOrderElementsOf(spans(engineSegments("debt concern")));
        // the same codings the store holds (an independent count)
        assertThat(pane.listed()).extracting(s -> s.documentId() + ":" + s.start() + "-" + s.end() + ":" + s.coder())
                .containsExactlyInAnyOrderElementsOf(codings("debt concern").stream().map(c -> c.documentId() + ":" + c.start() + "-" + c.end()
                        + ":" + coderName(c.coderId())).toList());
        assertThat(pane.status().getText()).startsWith("9 passages behind debt concern: 9");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "chart-frequencies-clicked"));

        // split by coder: a part of a bar lists that coder's codings only
        robot.interact(() -> pane.options().set("by", "coder"));
        waitUntil(() -> pane.settled() && pane.canvas().chart().item("code:debt concern|ben").isPresent());
        ChartItem bens = pane.canvas().chart().item("code:debt concern|ben").orElseThrow();
        assertThat(bens.value()).isEqualTo(5);
        clickOn(robot, pane.canvas(), pane.canvas().itemPoint(bens.id()));
        waitUntil(() -> pane.listed().size() == 5);
        assertThat(pane.listed()).extracting(AnalysisSegment::coder).containsOnly("ben");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "chart-frequencies-by-coder"));

        // double-clicking a passage opens its document with the passage selected
        TableView<AnalysisSegment> table = robot.lookup("#chart-segments").queryTableView();
        AnalysisSegment first = table.getItems().get(0);
        robot.doubleClickOn(robot.from(table).lookup((TableRow<AnalysisSegment> row) -> row.getItem() == first).queryAs(TableRow.class));
        InlineCssTextArea text = robot.lookup("#document-text").queryAs(InlineCssTextArea.class);
        waitUntil(() -> first.text().equals(text.getSelectedText()));
    }

    @Test
    void theKeyboardWalksTheChartAndEnterListsTheItem(FxRobot robot) {
        ChartPane pane = pane(robot);
        Chart chart = pane.canvas().chart();
        assertThat(pane.canvas().getAccessibleText()).startsWith("Code frequencies. ").contains("debt concern 9");
        robot.interact(() -> pane.canvas().requestFocus());
        // the items drawn, in drawing order (a bar of 0 has no shape to walk to)
        List<ChartItem> drawn = chart.items().stream()
                .filter(i -> chart.scene().shapes().stream().anyMatch(s -> i.id().equals(s.item()))).toList();
        robot.type(KeyCode.HOME);
        waitUntil(() -> pane.canvas().selectedItem().filter(drawn.get(0)::equals).isPresent());
        robot.type(KeyCode.RIGHT);
        ChartItem second = drawn.get(1);
        waitUntil(() -> pane.canvas().selectedItem().filter(second::equals).isPresent());
        assertThat(pane.canvas().getAccessibleHelp()).startsWith(second.label() + ": ");
        robot.type(KeyCode.ENTER);
        List<AnalysisSegment> expected = engineSegments(second.label());
        waitUntil(() -> pane.listed().size() == expected.size());
        assertThat(spans(pane.listed())).containsExactlyInAnyOrderElementsOf(spans(expected));
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "chart-keyboard"));
    }

    @Test
    void onlyTheNewestOfChartsAskedForInARowIsShown(FxRobot robot) {
        ChartPane pane = pane(robot);
        int before = pane.chartsShown();
        robot.interact(() -> {
            pane.options().set("by", "coder");
            pane.options().set("sort", "value");
            pane.options().set("by", "none");
        });
        waitUntil(() -> pane.settled() && "value".equals(pane.shownRequest().options().get("sort")));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.chartsShown() - before).as("charts shown for three choices made at once").isEqualTo(1);
        assertThat(pane.shownRequest().options()).containsEntry("by", "none").containsEntry("sort", "value");
        assertThat(pane.canvas().chart().items()).extracting(ChartItem::id).noneMatch(id -> id.contains("|"));
        // sorted by value: the bars from the top are 9, 5, 4, 2
        assertThat(List.of("debt concern", "two-way road", "generational shift", "transparency"))
                .extracting(code -> pane.canvas().itemPoint("code:" + code).getY()).isSorted();
    }

    @Test
    void aCodingAddedInAnotherViewRedrawsTheChart(FxRobot robot) {
        ChartPane pane = pane(robot);
        assertThat(pane.canvas().chart().item("code:transparency").orElseThrow().value()).isEqualTo(2);
        clickOn(robot, pane.canvas(), pane.canvas().itemPoint("code:transparency"));
        waitUntil(() -> pane.listed().size() == 2);
        long interview = window.workspace().documents().stream().filter(d -> d.name().equals("interview")).findFirst()
                .map(Document::id).orElseThrow();
        robot.interact(() -> window.workspace().applyCode(interview, "transparency", 0, 12));
        waitUntil(() -> pane.settled() && pane.canvas().chart().item("code:transparency").orElseThrow().value() == 3);
        // the passages listed follow too
        waitUntil(() -> pane.listed().size() == 3);
        assertThat(pane.listed()).extracting(AnalysisSegment::coder).contains(CODER);
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "chart-after-coding"));
    }

    @Test
    void exportWritesSvgAndPngFromTheSameDrawingAndCopyFillsTheClipboard(FxRobot robot) throws Exception {
        ChartPane pane = pane(robot);
        robot.clickOn("#chart-export");
        robot.clickOn("#chart-export-svg");
        waitUntil(() -> robot.lookup("#chart-export-width").tryQuery().isPresent());
        setSpinner(robot, "#chart-export-width", 900);
        setSpinner(robot, "#chart-export-height", 600);
        robot.clickOn("OK");
        Path svg = dir.resolve("frequencies.svg");
        waitUntil(() -> Files.exists(svg) && pane.settled());
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("width")).isEqualTo("900");
        assertThat(root.getAttribute("height")).isEqualTo("600");
        List<String> texts = new ArrayList<>();
        NodeList textNodes = xml.getElementsByTagName("text");
        for (int i = 0; i < textNodes.getLength(); i++) {
            texts.add(textNodes.item(i).getTextContent());
        }
        assertThat(texts).contains("Code frequencies", "debt concern", "generational shift");
        NodeList rects = xml.getElementsByTagName("rect");
        boolean debtBar = false;
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            debtBar |= rect.getAttribute("data-item").equals("code:debt concern") && rect.getAttribute("fill").equals("#d1495b");
        }
        assertThat(debtBar).as("the debt concern bar in its code's colour").isTrue();

        robot.clickOn("#chart-export");
        robot.clickOn("#chart-export-png");
        waitUntil(() -> robot.lookup("#chart-export-dpi").tryQuery().isPresent());
        robot.interact(() -> Screenshots.save(robot.lookup("#chart-export-dialog").query().getScene(), "chart-export-dialog"));
        setSpinner(robot, "#chart-export-width", 500);
        setSpinner(robot, "#chart-export-height", 400);
        ComboBox<Integer> dpi = robot.lookup("#chart-export-dpi").queryComboBox();
        robot.interact(() -> dpi.setValue(192));
        robot.clickOn("OK");
        Path png = dir.resolve("frequencies.png");
        waitUntil(() -> Files.exists(png) && pane.settled());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(800);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }

        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.clickOn("#chart-copy");
        waitUntil(() -> pane.status().getText().startsWith("Copied"));
        robot.interact(() -> {
            Clipboard clipboard = Clipboard.getSystemClipboard();
            assertThat(clipboard.hasImage()).isTrue();
            assertThat(clipboard.getImage().getWidth()).isEqualTo(pane.canvas().chart().scene().width());
            assertThat(clipboard.getString()).startsWith("<?xml").contains("<svg").contains("debt concern");
        });
    }

    private static void assertScreenMatchesTheFile(FxRobot robot, ChartCanvas canvas, Chart chart) {
        BufferedImage file;
        try {
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            new SceneFileWriter().write(chart.scene(), "png", 96, png);
            file = ImageIO.read(new java.io.ByteArrayInputStream(png.toByteArray()));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        WritableImage[] screen = new WritableImage[1];
        robot.interact(() -> screen[0] = canvas.snapshot(null, null));
        int compared = 0;
        for (ChartItem item : chart.items()) {
            Scene.Shape first = chart.scene().shapes().stream().filter(s -> item.id().equals(s.item())).findFirst().orElse(null);
            Point2D at = canvas.itemPoint(item.id());
            if (at == null || first instanceof Scene.Text || first instanceof Scene.Line) {
                continue;
            }
            int x = (int) at.getX();
            int y = (int) at.getY();
            int onScreen = screen[0].getPixelReader().getArgb(x, y);
            int inFile = file.getRGB(x, y);
            for (int shift = 0; shift <= 16; shift += 8) {
                assertThat(Math.abs((onScreen >> shift & 0xff) - (inFile >> shift & 0xff)))
                        .as("%s: %s at %d,%d on screen %06x, in the file %06x", chart.kind(), item.label(), x, y, onScreen & 0xffffff, inFile & 0xffffff)
                        .isLessThanOrEqualTo(3);
            }
            if (++compared == 40) {
                break;
            }
        }
        boolean areas = chart.scene().shapes().stream().anyMatch(s -> s.item() != null
                && (s instanceof Scene.Rect || s instanceof Scene.Circle || s instanceof Scene.Wedge));
        if (areas) {
            assertThat(compared).as(chart.kind() + ": items compared").isPositive();
        }
    }

    private void setSpinner(FxRobot robot, String id, int value) {
        Spinner<Integer> spinner = robot.lookup(id).query();
        robot.interact(() -> spinner.getValueFactory().setValue(value));
    }

    private static Color pixel(FxRobot robot, javafx.scene.Node node, Point2D at) {
        Color[] colour = new Color[1];
        robot.interact(() -> {
            WritableImage image = node.snapshot(null, null);
            PixelReader reader = image.getPixelReader();
            colour[0] = reader.getColor((int) at.getX(), (int) at.getY());
        });
        return colour[0];
    }

    private static void clickOn(FxRobot robot, javafx.scene.Node node, Point2D local) {
        Point2D[] screen = new Point2D[1];
        robot.interact(() -> screen[0] = node.localToScreen(local));
        robot.clickOn(screen[0], javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> spans(List<AnalysisSegment> segments) {
        return segments.stream().map(s -> s.document() + ":" + s.start() + "-" + s.end() + ":" + s.coder()).toList();
    }

    /** The codings of a code as the analysis engine's frequency table lists them (by coder, as the chart asks). */
    private List<AnalysisSegment> engineSegments(String code) {
        try (ProjectSession s = new SqliteStoreProvider().open(project.toString())) {
            ProjectAnalysis analysis = new AnalysisEngine().open(s);
            FrequencyTable table = analysis.frequencies(new FrequencyRequest(FrequencyBy.CODE, null, AnalysisFilter.ALL));
            int row = 0;
            while (!table.rows().get(row).key().equals(code)) {
                row++;
            }
            return analysis.rowSegments(table.request(), row);
        }
    }

    private List<Coding> codings(String code) {
        try (ProjectSession s = new SqliteStoreProvider().open(project.toString())) {
            return s.codings().list(new CodingFilter(null, s.codebook().get(code).id(), null));
        }
    }

    private String coderName(long coderId) {
        try (ProjectSession s = new SqliteStoreProvider().open(project.toString())) {
            return s.coders().list().stream().filter(c -> c.id() == coderId).findFirst().orElseThrow().name();
        }
    }

    private static void waitUntil(BooleanSupplier condition) {
        waitUntil(condition, () -> "");
    }

    private static void waitUntil(BooleanSupplier condition, java.util.function.Supplier<String> state) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 60 s " + state.get(), e);
        }
    }

    /** A plugin's chart kind: one box counting the documents. */
    private static final class OneBoxChart implements ChartKind {
        @Override
        public String id() {
            return "one-box";
        }

        @Override
        public String title() {
            return "A plugin's box";
        }

        @Override
        public String description() {
            return "one box for the documents";
        }

        @Override
        public List<ChartInput> needs() {
            return List.of();
        }

        @Override
        public List<ChartOption> options() {
            return List.of();
        }

        @Override
        public Chart draw(ChartProject project, ChartRequest request) {
            int documents = project.session().documents().list().size();
            ChartItem item = ChartItem.of("box", documents + " documents", List.of(), List.of(), null, documents);
            Scene scene = new Scene(request.width(), request.height(), Rgb.WHITE, List.of(
                    new Scene.Rect(20, 20, 100, 100, new Rgb(0x2e, 0x86, 0xab), null, 0, "box"),
                    new Scene.Text(20, 140, item.label(), 14, false, Scene.Anchor.START, Rgb.BLACK, 0, null)));
            return new Chart(id(), title(), "all", List.of(item), scene);
        }

        @Override
        public List<AnalysisSegment> segments(ChartProject project, ChartRequest request, ChartItem item) {
            return List.of();
        }
    }
}
