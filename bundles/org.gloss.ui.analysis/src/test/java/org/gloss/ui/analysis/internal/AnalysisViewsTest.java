package org.gloss.ui.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fxmisc.richtext.InlineCssTextArea;
import org.gloss.analysis.internal.AnalysisEngine;
import org.gloss.analysis.internal.TablesService;
import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.MatrixValue;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.export.csv.internal.CsvTableExporter;
import org.gloss.export.xlsx.internal.XlsxTableExporter;
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

/**
 * The Analysis perspective in the real workbench window (TestFX on Monocle), with the real engine,
 * word frequencies from a real index, the real table exporters and document view, on a real
 * SQLite project: query with completion, open a result, code the results and undo; double-click
 * heat-map cells for exactly the passages behind them; refresh after a coding; export.
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisViewsTest {
    private static final String CODER = "carol";

    @TempDir
    Path dir;
    private Path project;
    private WorkbenchWindow window;
    private ProjectIndexes indexes;

    @Start
    void start(Stage stage) {
        project = AnalysisFixture.create(dir);
        AnalysisEngine engine = new AnalysisEngine();
        indexes = new ProjectIndexes();
        Services services = new Services(engine, new TablesService(),
                new InstalledTableExporters(List.of(new CsvTableExporter(), new XlsxTableExporter()))::now,
                (context, title, extension, name) -> Optional.of(dir.resolve(name + "." + extension)));
        Contributions contributions = new Contributions();
        contributions.setDocumentViews(new DocumentViews());
        contributions.addView(new QueryView(services));
        contributions.addView(new CooccurrenceView(services));
        contributions.addView(new MatrixView(services));
        contributions.addView(new FrequenciesView(services));
        contributions.addView(new WordsView(services, new LuceneWordFrequencies(indexes, engine)));
        ProjectOpener opener = ProjectOpener.of(new SqliteStoreProvider());
        WorkbenchSettings settings = new WorkbenchSettings(dir.resolve("workbench.properties"));
        settings.remember(project.toString(), CODER);
        window = new WorkbenchWindow(stage, contributions, opener, settings);
        stage.show();
        window.openProject(project.toString());
        window.showPerspective("analysis");
    }

    @AfterEach
    void closeIndexes() throws Exception {
        indexes.close();
    }

    private <T> T pane(FxRobot robot, String tab, String id, Class<T> type) {
        TabPane tabs = robot.lookup("#analysis-perspective .tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getId().equals("view-" + tab)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        Node node = robot.lookup("#" + id).query();
        return type.cast(node.getProperties().get(Panes.KEY));
    }

    @Test
    void queryWithCompletionOpensResultsAndCodesThemAsOneUndoStep(FxRobot robot) {
        // the tool bar's Analysis button shows the perspective
        robot.interact(() -> window.showPerspective("coding"));
        robot.clickOn("Analysis");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#analysis-perspective").tryQuery()).isPresent();
        QueryPane query = pane(robot, QueryView.ID, "analysis-query", QueryPane.class);
        robot.clickOn("#query-text");
        robot.write("\"debt");
        waitUntil(() -> query.completionForTests().isShowing());
        assertThat(query.completionForTests().shown()).containsExactly("debt concern");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "analysis-query-completion"));
        robot.interact(() -> Screenshots.save(query.completionForTests().listNode().getScene(), "analysis-query-completion-list"));
        robot.type(KeyCode.ENTER);
        TextField field = query.queryField();
        assertThat(field.getText()).isEqualTo("\"debt concern\" ");
        robot.write("AND \"two-way road\"");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#query-run");
        TableView<AnalysisSegment> results = robot.lookup("#query-results").queryTableView();
        waitUntil(() -> results.getItems().size() == 1);
        assertThat(results.getItems().get(0).text()).isEqualTo(" It is");
        assertThat(robot.lookup("#query-status").queryAs(Label.class).getText()).isEqualTo("1 passage in 1 of 3 documents");

        // a malformed query says where while it is typed
        robot.interact(() -> field.setText("\"debt concern\" AND (transparency"));
        Label problem = robot.lookup("#query-problem").queryAs(Label.class);
        assertThat(problem.getText()).contains("at column 20: '(' is not closed");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "analysis-query-problem"));
        robot.interact(() -> field.setText("\"debt concern\" OVERLAPS \"two-way road\" OR =Economy"));
        robot.clickOn("#query-run");
        waitUntil(() -> results.getItems().size() == 2);
        assertThat(results.getItems()).extracting(AnalysisSegment::text)
                .containsExactly("The debt 😀 keeps growing. It is", "中国 loans");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "analysis-query-results"));

        // a click opens the document with the passage selected (code points turned into UTF-16 there)
        clickRow(robot, results, 1);
        InlineCssTextArea text = robot.lookup("#document-text").queryAs(InlineCssTextArea.class);
        waitUntil(() -> "中国 loans".equals(text.getSelectedText()));
        assertThat(text.getSelection().getStart()).isEqualTo(AnalysisFixture.AIGERIM.indexOf("中国"));
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "analysis-query-reveal"));

        // code the results through the dialog: one undo step removes the codings and the new code
        robot.interact(() -> window.showPerspective("analysis"));
        robot.clickOn("#query-code-results");
        waitUntil(() -> robot.lookup("#code-results-code").tryQuery().isPresent());
        ComboBox<String> code = robot.lookup("#code-results-code").queryComboBox();
        robot.interact(() -> code.getEditor().setText("debt or economy"));
        robot.interact(() -> Screenshots.save(robot.lookup("#code-results-dialog").query().getScene(), "analysis-code-results"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(codings("debt or economy")).extracting(c -> c.start() + "-" + c.end()).containsExactly("9-40", "67-75");
        assertThat(window.statusMessage()).startsWith("Coded 2 passages with 'debt or economy'");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        try (ProjectSession s = AnalysisFixture.open(project)) {
            assertThat(s.codebook().find("debt or economy")).isEmpty();
        }
        assertThat(window.statusMessage()).startsWith("Undone: code 2 query results");
    }

    @Test
    void cooccurrenceCellListsExactlyItsPairs(FxRobot robot) throws Exception {
        CooccurrencePane cooccurrence = pane(robot, CooccurrenceView.ID, "analysis-cooccurrence", CooccurrencePane.class);
        HeatMap map = cooccurrence.map();
        waitUntil(() -> map.data().rows().size() == 4);
        assertThat(map.data().rows()).containsExactly("Economy", "debt concern", "transparency", "two-way road");
        assertThat(map.data().labels()[1][3]).isEqualTo("1");
        assertThat(map.data().labels()[2][3]).isEqualTo("1");
        assertThat(map.data().labels()[0][1]).isEqualTo("");
        doubleClickCell(robot, map, 3, 1);
        TableView<?> pairs = cooccurrence.pairsTable();
        waitUntil(() -> pairs.getItems().size() == 1);
        assertThat(cooccurrence.pairsTable().getItems().get(0).a().text()).isEqualTo("The debt 😀 keeps growing. It is");
        assertThat(cooccurrence.pairsTable().getItems().get(0).b().text()).isEqualTo(" It is a two-way road.");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "analysis-cooccurrence"));
        // the export holds the pairs list, the squares of pairs, c and Jaccard, and the pairs listed under the map
        robot.clickOn("#cooccurrence-export");
        robot.clickOn("#cooccurrence-export-xlsx");
        waitUntil(() -> Files.exists(dir.resolve("cooccurrence.xlsx")));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("cooccurrence.xlsx"))))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(book.getSheetName(4)).isEqualTo("Pairs");
            assertThat(book.getSheet("Pairs").getLastRowNum()).isEqualTo(1);
            assertThat(book.getSheet("Pairs").getRow(1).getCell(4).getStringCellValue()).isEqualTo("The debt 😀 keeps growing. It is");
            assertThat(book.getSheet("Pairs").getRow(1).getCell(8).getStringCellValue()).isEqualTo(" It is a two-way road.");
        }
        robot.interact(() -> cooccurrence.measureBox().setValue(CooccurrencePane.Measure.C));
        assertThat(map.data().labels()[1][3]).isEqualTo("0.333");
        robot.interact(() -> cooccurrence.symbolsBox().fire());
        assertThat(map.style()).isEqualTo(HeatMap.Style.SYMBOLS);
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "analysis-cooccurrence-symbols"));
    }

    @Test
    void matrixCellsOpenTheirPassagesAndFollowNewCodings(FxRobot robot) throws Exception {
        MatrixPane matrix = pane(robot, MatrixView.ID, "analysis-matrix", MatrixPane.class);
        HeatMap map = matrix.map();
        waitUntil(() -> map.data().columns().size() == 3);
        assertThat(map.data().columns()).containsExactly("Aigerim", "Berik", "Empty");
        assertThat(map.data().labels()[1]).containsExactly("2", "1", "0");
        assertThat(map.data().rowTotals()[1]).isEqualTo("3");
        assertThat(map.data().columnTotals()).containsExactly("5", "2", "0");
        doubleClickCell(robot, map, 1, 0);
        waitUntil(() -> matrix.passages().shown().size() == 2);
        assertThat(matrix.passages().shown()).extracting(AnalysisSegment::coder).containsExactly("ann", "ben");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "analysis-matrix"));

        robot.interact(() -> matrix.valueBox().setValue(MatrixValue.CHARS));
        waitUntil(() -> "31".equals(map.data().labels()[1][0]));
        doubleClickCell(robot, map, 1, 0);
        waitUntil(() -> matrix.passages().shown().size() == 1);
        assertThat(matrix.passages().shown().get(0).length()).isEqualTo(31);

        // a new coding (as the workbench's coder) refreshes the matrix in the background
        robot.interact(() -> matrix.valueBox().setValue(MatrixValue.SEGMENTS));
        waitUntil(() -> "2".equals(map.data().labels()[1][0]));
        robot.interact(() -> {
            long berik = window.workspace().documents().stream().filter(d -> d.name().equals("Berik")).findFirst().orElseThrow().id();
            window.workspace().applyCode(berik, "transparency", 25, 36);
        });
        waitUntil(() -> "1".equals(map.data().labels()[2][1]));
        assertThat(map.data().columnTotals()[1]).isEqualTo("3");
        // and so does a new code: it becomes a row in codebook order
        robot.interact(() -> {
            long berik = window.workspace().documents().stream().filter(d -> d.name().equals("Berik")).findFirst().orElseThrow().id();
            window.workspace().applyCode(berik, "generational shift", 0, 5);
        });
        waitUntil(() -> map.data().rows().size() == 5);
        assertThat(map.data().rows()).containsExactly("Economy", "debt concern", "generational shift", "transparency", "two-way road");
        assertThat(map.data().labels()[2]).containsExactly("0", "1", "0");
        assertThat(map.data().columnTotals()[1]).isEqualTo("4");

        // crosstab by age with column percentages, as symbols
        robot.interact(() -> matrix.columnsBox().setValue(MatrixPane.ATTRIBUTE + "age"));
        robot.interact(() -> matrix.valueBox().setValue(MatrixValue.DOCUMENTS));
        robot.interact(() -> matrix.percentBox().setValue(org.gloss.api.analysis.Percentages.COLUMN));
        waitUntil(() -> map.data().columns().equals(List.of("34", "41", "58")) && "100%".equals(map.data().labels()[1][0]));
        assertThat(map.data().labels()[1]).containsExactly("100%", "0%", "100%");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "analysis-crosstab"));
        robot.interact(() -> matrix.symbolsBox().fire());
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "analysis-crosstab-symbols"));

        // export what the view shows, as the Export menu does
        robot.interact(() -> TableExport.export(window, new XlsxTableExporter(), (c, t, e, n) -> Optional.of(dir.resolve("crosstab.xlsx")),
                "matrix", List.of(new TablesService().of(matrix.shown()))));
        waitUntil(() -> Files.exists(dir.resolve("crosstab.xlsx")));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("crosstab.xlsx"))))) {
            assertThat(book.getSheet("Matrix").getRow(0).getCell(1).getStringCellValue()).isEqualTo("34");
            assertThat(book.getSheet("Matrix").getRow(2).getCell(1).getNumericCellValue()).isEqualTo(100.0);
        }
        // and through the view's Export menu, as a user does
        robot.clickOn("#matrix-export");
        robot.clickOn("#matrix-export-csv");
        waitUntil(() -> Files.exists(dir.resolve("matrix.csv")));
        assertThat(Files.readString(dir.resolve("matrix.csv"))).startsWith("code,34,41,58,total\r\nEconomy,100,0,0,1\r\n");
    }

    @Test
    void frequenciesAndWordsOpenWhatTheyCount(FxRobot robot) throws Exception {
        FrequenciesPane frequencies = pane(robot, FrequenciesView.ID, "analysis-frequencies", FrequenciesPane.class);
        waitUntil(() -> frequencies.table().node().getItems().size() == 5);
        assertThat(frequencies.table().node().getItems()).extracting(r -> r.cells().get(0))
                .containsExactly("Economy", "debt concern", "transparency", "two-way road", "total");
        robot.interact(() -> frequencies.table().node().getSelectionModel().select(1));
        waitUntil(() -> frequencies.codingsTable().shown().size() == 3);
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "analysis-frequencies"));

        WordsPane words = pane(robot, WordsView.ID, "analysis-words", WordsPane.class);
        waitUntil(() -> !words.table().node().getItems().isEmpty());
        ResultTableView.Row<org.gloss.api.analysis.WordCount> debt = words.table().node().getItems().stream()
                .filter(r -> "debt".equals(r.cells().get(0))).findFirst().orElseThrow();
        assertThat(debt.cells()).containsExactly("debt", 2L, 2L, "debt 2");
        robot.interact(() -> words.table().node().getSelectionModel().select(debt));
        waitUntil(() -> words.linesTable().shown().size() == 2);
        assertThat(words.linesTable().shown()).extracting(AnalysisSegment::text).containsExactly("debt", "debt");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "analysis-words"));

        // the export holds the word table and, as a second sheet, the lines listed under it
        robot.clickOn("#words-export");
        robot.clickOn("#words-export-xlsx");
        waitUntil(() -> Files.exists(dir.resolve("words.xlsx")));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("words.xlsx"))))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetName(0)).isEqualTo("Words");
            assertThat(book.getSheetName(1)).isEqualTo("Lines");
            assertThat(book.getSheet("Lines").getLastRowNum()).isEqualTo(2);
            assertThat(book.getSheet("Lines").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Aigerim");
            assertThat(book.getSheet("Lines").getRow(2).getCell(0).getStringCellValue()).isEqualTo("Berik");
        }
    }

    @Test
    void frequenciesFilteredByACaseCountTheCodingsOverlappingItsText(FxRobot robot) throws Exception {
        FrequenciesPane frequencies = pane(robot, FrequenciesView.ID, "analysis-frequencies", FrequenciesPane.class);
        waitUntil(() -> frequencies.table().node().getItems().size() == 5);
        // a case made elsewhere (another process): Aigerim's code points 40-45, which the codings
        // 34-56 (two-way road) and 43-56 (transparency) overlap; 13-40 only touches it
        try (ProjectSession s = AnalysisFixture.open(project)) {
            long aigerim = s.documents().list().stream().filter(d -> d.name().equals("Aigerim")).findFirst().orElseThrow().id();
            long road = s.cases().add("road talk", "").id();
            s.cases().addMember(road, org.gloss.model.CaseMember.range(aigerim, 40, 45));
        }
        javafx.scene.control.MenuButton cases = robot.lookup("#frequencies-filter-cases").queryAs(javafx.scene.control.MenuButton.class);
        waitUntil(() -> cases.getItems().stream().anyMatch(i -> "case: road talk".equals(i.getText())));
        robot.interact(() -> cases.getItems().stream().filter(i -> "case: road talk".equals(i.getText())).findFirst()
                .ifPresent(i -> {
                    ((javafx.scene.control.CheckMenuItem) i).setSelected(true);
                    i.fire();
                }));
        // the naive count: codings whose span overlaps [40, 45) of Aigerim by a code point
        java.util.Map<String, Long> expected = new java.util.TreeMap<>();
        try (ProjectSession s = AnalysisFixture.open(project)) {
            long aigerim = s.documents().list().stream().filter(d -> d.name().equals("Aigerim")).findFirst().orElseThrow().id();
            for (org.gloss.model.Coding c : s.codings().list(CodingFilter.ALL)) {
                if (c.documentId() == aigerim && c.start() < 45 && c.end() > 40) {
                    expected.merge(s.codebook().byId(c.codeId()).orElseThrow().name(), 1L, Long::sum);
                }
            }
        }
        assertThat(expected).containsOnlyKeys("two-way road", "transparency");
        waitUntil(() -> "case: road talk".equals(cases.getText()));
        for (var entry : expected.entrySet()) {
            waitUntil(() -> frequencies.table().node().getItems().stream().anyMatch(r -> entry.getKey().equals(r.cells().get(0))));
            var row = frequencies.table().node().getItems().stream().filter(r -> entry.getKey().equals(r.cells().get(0)))
                    .findFirst().orElseThrow();
            robot.interact(() -> frequencies.table().node().getSelectionModel().select(row));
            waitUntil(() -> frequencies.codingsTable().shown().size() == entry.getValue().intValue());
        }
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "analysis-frequencies-by-case"));
    }

    private List<org.gloss.model.Coding> codings(String code) {
        try (ProjectSession s = AnalysisFixture.open(project)) {
            long id = s.codebook().get(code).id();
            return s.codings().list(new CodingFilter(null, id, null));
        }
    }

    private static void doubleClickCell(FxRobot robot, HeatMap map, int row, int column) {
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = map.localToScreen(map.cellCenter(row, column)));
        robot.doubleClickOn(at[0], javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> void clickRow(FxRobot robot, TableView<T> table, int index) {
        T item = table.getItems().get(index);
        robot.interact(() -> table.scrollTo(index));
        robot.clickOn(robot.from(table).lookup((TableRow<T> row) -> row.getItem() == item).queryAs(TableRow.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 30 s", e);
        }
    }
}
