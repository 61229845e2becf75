package org.gloss.ui.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.fxmisc.richtext.InlineCssTextArea;
import org.gloss.api.search.AutoCodeScope;
import org.gloss.api.search.SearchHit;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Coding;
import org.gloss.search.lucene.internal.LuceneSearchService;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.gloss.ui.document.internal.DocumentViews;
import org.gloss.ui.workbench.internal.shell.Contributions;
import org.gloss.ui.workbench.internal.shell.ProjectOpener;
import org.gloss.ui.workbench.internal.shell.WorkbenchSettings;
import org.gloss.ui.workbench.internal.shell.WorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.gloss.ui.workbench.testing.Screenshots;

/**
 * The search view in the real workbench window (TestFX on Monocle), with the real document view,
 * the real Lucene search service and a real SQLite project: type a query, read the KWIC rows,
 * click one to see the hit selected in its document, auto-code the hits through the preview,
 * undo with Ctrl+Z.
 */
@ExtendWith(ApplicationExtension.class)
class SearchViewTest {
    private static final String CODER = "tester";

    @TempDir
    Path dir;
    private Path project;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        project = SearchFixture.create(dir);
        Contributions contributions = new Contributions();
        contributions.setDocumentViews(new DocumentViews());
        contributions.addView(new SearchView(new LuceneSearchService()));
        contributions.addAction(new FindAction());
        ProjectOpener opener = ProjectOpener.of(new SqliteStoreProvider());
        WorkbenchSettings settings = new WorkbenchSettings(dir.resolve("workbench.properties"));
        settings.remember(project.toString(), CODER);
        window = new WorkbenchWindow(stage, contributions, opener, settings);
        stage.show();
        window.openProject(project.toString());
    }

    @Test
    void searchJumpToAHitAutoCodeAndUndo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField query = robot.lookup("#search-query").queryAs(TextField.class);
        assertThat(query.isFocused()).as("Ctrl+Shift+F puts the cursor in the query box").isTrue();

        // a malformed query says what is wrong inline while typing
        robot.write("debt AND");
        Label status = robot.lookup("#search-status").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("gloss: error: malformed query 'debt AND'"));
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "search-error"));
        robot.type(KeyCode.BACK_SPACE, 4);

        robot.type(KeyCode.ENTER);
        TableView<SearchHit> table = robot.lookup("#search-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 4);
        assertThat(table.getItems()).extracting(h -> h.document() + ":" + h.hit())
                .containsExactly("farmer:debt", "farmer:Debts", "farmer:debt", "official:debt");
        assertThat(status.getText()).isEqualTo("4 hits in 2 documents of 2");
        assertThat(robot.lookup("#search-counts").queryListView().getItems())
                .containsExactly("farmer (3)", "official (1)");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "search-kwic"));

        // clicking a row opens its document and selects the hit (code points turned into UTF-16 there)
        clickRow(robot, table, 1);
        InlineCssTextArea farmer = robot.lookup("#document-text").queryAs(InlineCssTextArea.class);
        waitUntil(() -> "Debts".equals(farmer.getSelectedText()));
        int utf16Start = SearchFixture.FARMER.indexOf("Debts");
        assertThat(farmer.getSelection().getStart()).isEqualTo(utf16Start);
        assertThat(table.getItems().get(1).start()).isEqualTo(utf16Start - 2);
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "search-reveal"));
        clickRow(robot, table, 3);
        waitUntil(() -> window.currentDocument().isPresent()
                && window.currentDocument().getAsLong() == table.getItems().get(3).documentId());

        // auto-code every hit: the preview says what will be coded, Apply writes it
        robot.clickOn("#search-autocode");
        waitUntil(() -> robot.lookup("#autocode-preview").tryQuery().isPresent());
        ComboBox<String> code = robot.lookup("#autocode-code").queryComboBox();
        ComboBox<AutoCodeScope> extent = robot.lookup("#autocode-scope").queryComboBox();
        robot.interact(() -> code.setValue("transparency"));
        robot.interact(() -> extent.setValue(AutoCodeScope.SENTENCE));
        Label summary = robot.lookup("#autocode-summary").queryAs(Label.class);
        waitUntil(() -> summary.getText().startsWith("Code 3 extents"));
        assertThat(summary.getText()).isEqualTo("Code 3 extents in 2 documents with 'transparency' as tester (sentence)");
        ListView<?> planned = robot.lookup("#autocode-list").queryListView();
        assertThat(planned.getItems()).hasSize(3);
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "search-autocode-preview"));
        robot.clickOn("#autocode-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#autocode-preview").tryQuery()).isEmpty();
        assertThat(transparencyCodings()).hasSize(3)
                .allSatisfy(c -> assertThat(c.end()).isGreaterThan(c.start()));
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "search-autocoded"));

        // Ctrl+Z removes exactly the auto-coded codings; aida's earlier coding stays
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(transparencyCodings()).isEmpty();
        assertThat(allCodings()).hasSize(1);
        assertThat(window.statusMessage()).startsWith("Undone: auto-code 3 search hits");
    }

    @Test
    void searchingTheCurrentDocumentOnly(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        ComboBox<DocumentChoice> scope = robot.lookup("#search-scope-documents").queryComboBox();
        robot.interact(() -> scope.setValue(DocumentChoice.CURRENT));
        robot.clickOn("#search-query").write("debt").type(KeyCode.ENTER);
        TableView<SearchHit> table = robot.lookup("#search-table").queryTableView();
        // the first document opens with the project
        waitUntil(() -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(SearchHit::document).containsOnly("farmer");
        assertThat(robot.lookup("#search-autocode").queryAs(Button.class).isDisabled()).isFalse();
    }

    private List<Coding> allCodings() {
        try (ProjectSession session = SearchFixture.open(project)) {
            return session.codings().list(CodingFilter.ALL);
        }
    }

    private List<Coding> transparencyCodings() {
        try (ProjectSession session = SearchFixture.open(project)) {
            long code = session.codebook().get("transparency").id();
            return session.codings().list(new CodingFilter(null, code, null));
        }
    }

    private static void clickRow(FxRobot robot, TableView<SearchHit> table, int index) {
        SearchHit hit = table.getItems().get(index);
        robot.interact(() -> table.scrollTo(index));
        robot.clickOn(robot.from(table).lookup((TableRow<SearchHit> row) -> row.getItem() == hit).queryAs(TableRow.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for background work (search, planning) to reach the FX thread. */
    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }
}
