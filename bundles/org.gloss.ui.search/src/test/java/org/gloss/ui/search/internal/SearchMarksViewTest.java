package org.gloss.ui.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.fxmisc.richtext.InlineCssTextArea;
import org.gloss.api.search.SearchHit;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.search.lucene.internal.LuceneSearchService;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.gloss.ui.document.internal.DocumentViews;
import org.gloss.ui.workbench.internal.shell.Contributions;
import org.gloss.ui.workbench.internal.shell.ProjectOpener;
import org.gloss.ui.workbench.internal.shell.WorkbenchSettings;
import org.gloss.ui.workbench.internal.shell.WorkbenchWindow;
import org.gloss.ui.workbench.model.Change;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.gloss.ui.workbench.testing.Screenshots;

/**
 * The search's hits in the document view (TestFX on Monocle, real window, real document view,
 * real Lucene index, real SQLite project): every hit of the open document is marked, codings
 * stay drawn under the marks, F3 walks the hits, Clear removes the marks; the table shows two
 * rows at first (a small page for the test) and more on request, sorts by document, and searches
 * again when codings or documents change.
 */
@ExtendWith(ApplicationExtension.class)
class SearchMarksViewTest {
    private static final String BORDER = "-rtfx-border-stroke-color";
    private static final String BACKGROUND = "-rtfx-background-color";

    @TempDir
    Path dir;
    private Path project;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        project = SearchFixture.create(dir);
        Contributions contributions = new Contributions();
        contributions.setDocumentViews(new DocumentViews());
        contributions.addView(new SearchView(new LuceneSearchService(), 2));
        contributions.addAction(new FindAction());
        ProjectOpener opener = ProjectOpener.of(new SqliteStoreProvider());
        WorkbenchSettings settings = new WorkbenchSettings(dir.resolve("workbench.properties"));
        settings.remember(project.toString(), "tester");
        window = new WorkbenchWindow(stage, contributions, opener, settings);
        stage.show();
        window.openProject(project.toString());
    }

    @Test
    void everyHitOfTheOpenDocumentIsMarkedOverItsCodings(FxRobot robot) {
        search(robot, "debt");
        TableView<SearchHit> table = robot.lookup("#search-table").queryTableView();
        Label status = robot.lookup("#search-status").queryAs(Label.class);
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(status.getText()).isEqualTo("4 hits in 2 documents of 2 (first 2 shown)");

        // the farmer interview opened with the project: all 3 hits are marked, not only the 2 rows shown
        InlineCssTextArea farmer = robot.lookup("#document-text").queryAs(InlineCssTextArea.class);
        String text = SearchFixture.FARMER;
        int first = text.indexOf("debt will");
        int coded = text.indexOf("Debts");
        int last = text.indexOf("debt is");
        waitUntil(() -> farmer.getStyleOfChar(last + 1).contains(BORDER));
        assertThat(farmer.getStyleOfChar(first)).contains(BORDER).doesNotContain(BACKGROUND);
        assertThat(farmer.getStyleOfChar(first + 3)).contains(BORDER);
        assertThat(farmer.getStyleOfChar(first + 4)).isEmpty(); // the space after the hit
        // inside aida's coding the hit shows both: the coding's background and the hit's box
        assertThat(farmer.getStyleOfChar(coded)).contains(BORDER, BACKGROUND);
        assertThat(farmer.getStyleOfChar(text.indexOf("China"))).contains(BACKGROUND).doesNotContain(BORDER);
        assertThat(robot.lookup(".document-header").queryAs(Label.class).getText()).contains("3 search hits marked");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "search-marks"));

        // F3 / Shift+F3 walk the marked hits from the caret, wrapping around
        robot.interact(() -> {
            farmer.moveTo(0);
            farmer.requestFocus();
        });
        robot.type(KeyCode.F3);
        assertThat(farmer.getSelection().getStart()).isEqualTo(first);
        robot.type(KeyCode.F3);
        assertThat(farmer.getSelectedText()).isEqualTo("Debts");
        robot.type(KeyCode.F3).type(KeyCode.F3);
        assertThat(farmer.getSelection().getStart()).as("wraps to the first hit").isEqualTo(first);
        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        assertThat(farmer.getSelection().getStart()).as("Shift+F3 wraps back to the last").isEqualTo(last);

        // a coding added under a hit keeps the mark
        robot.interact(() -> window.workspace().applyCode(window.currentDocument().getAsLong(), "transparency",
                SearchFixture.cp(text, "debt will"), SearchFixture.cp(text, "debt will") + 9));
        assertThat(farmer.getStyleOfChar(first)).contains(BORDER, BACKGROUND);
        assertThat(farmer.getStyleOfChar(first + 6)).contains(BACKGROUND).doesNotContain(BORDER);

        // more rows, then every row; then the rows sorted by document, last document first
        robot.clickOn("#search-show-more");
        waitUntil(() -> table.getItems().size() == 4);
        assertThat(status.getText()).isEqualTo("4 hits in 2 documents of 2");
        assertThat(robot.lookup("#search-show-more").queryAs(Button.class).isVisible()).isFalse();
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TableColumn<SearchHit, ?> document = (TableColumn<SearchHit, ?>) table.getColumns().get(0);
            document.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(document);
        });
        assertThat(table.getItems()).extracting(SearchHit::document).containsExactly("official", "farmer", "farmer", "farmer");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "search-all-rows-sorted"));

        // the other document marks its hit when it opens
        selectRow(robot, table, 0);
        waitUntil(() -> window.currentDocument().getAsLong() == table.getItems().get(0).documentId());
        InlineCssTextArea official = robot.lookup("#document-text").match(n -> n.isVisible() && n.getScene() != null
                && ((InlineCssTextArea) n).getText().equals(SearchFixture.OFFICIAL)).queryAs(InlineCssTextArea.class);
        waitUntil(() -> official.getStyleOfChar(SearchFixture.OFFICIAL.indexOf("debt")).contains(BORDER));

        // Clear: no rows, no marks; the codings stay
        robot.clickOn("#search-clear");
        waitUntil(() -> !farmer.getStyleOfChar(first + 6).contains(BORDER) && !farmer.getStyleOfChar(last).contains(BORDER));
        assertThat(table.getItems()).isEmpty();
        assertThat(farmer.getStyleOfChar(coded)).contains(BACKGROUND).doesNotContain(BORDER);
        assertThat(official.getStyleOfChar(SearchFixture.OFFICIAL.indexOf("debt"))).isEmpty();
    }

    @Test
    void theViewSearchesAgainWhenCodingsOrDocumentsChangeAndKeepsTheSelection(FxRobot robot) {
        ComboBox<String> code = robot.lookup("#search-scope-code").queryComboBox();
        robot.interact(() -> code.setValue("debt concern"));
        search(robot, "debt");
        TableView<SearchHit> table = robot.lookup("#search-table").queryTableView();
        Label status = robot.lookup("#search-status").queryAs(Label.class);
        waitUntil(() -> table.getItems().size() == 1);
        selectRow(robot, table, 0);
        assertThat(table.getSelectionModel().getSelectedItem().hit()).isEqualTo("Debts");

        // coding "The debt is sustainable." with the code brings a second hit inside it
        long official;
        try (ProjectSession session = SearchFixture.open(project)) {
            official = session.documents().get("official").id();
        }
        int at = SearchFixture.cp(SearchFixture.OFFICIAL, "The debt");
        robot.interact(() -> window.workspace().applyCode(official, "debt concern", at, at + 24));
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(SearchHit::document).containsExactly("farmer", "official");
        assertThat(table.getSelectionModel().getSelectedItem().hit()).as("the selection is kept").isEqualTo("Debts");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "search-again-after-coding"));

        // any code again (the view searches at once), then a document arrives: searched again
        robot.interact(() -> code.setValue(""));
        waitUntil(() -> status.getText().startsWith("4 hits"));
        robot.interact(() -> {
            window.workspace().session().documents().add(new NewDocument("late", "A debt imported later."));
            window.workspace().changed(Change.of(Change.Kind.DOCUMENTS));
        });
        waitUntil(() -> status.getText().equals("5 hits in 3 documents of 3 (first 2 shown)"));
        assertThat(robot.lookup("#search-counts").queryListView().getItems()).contains("late (1)");
    }

    private static void search(FxRobot robot, String query) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write(query).type(KeyCode.ENTER);
    }

    /** Selects a row as a click would (SearchViewTest clicks; here the layout may still move under load). */
    private static void selectRow(FxRobot robot, TableView<SearchHit> table, int index) {
        robot.interact(() -> table.getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

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
