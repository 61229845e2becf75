package org.gloss.ui.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.DemoProject;
import org.gloss.search.lucene.internal.LuceneSearchService;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.gloss.ui.document.internal.DocumentViews;
import org.gloss.ui.workbench.internal.shell.Contributions;
import org.gloss.ui.workbench.internal.shell.ProjectOpener;
import org.gloss.ui.workbench.internal.shell.WorkbenchSettings;
import org.gloss.ui.workbench.internal.shell.WorkbenchWindow;
import org.gloss.ui.workbench.internal.views.CodebookView;
import org.gloss.ui.workbench.internal.views.CodedSegmentsView;
import org.gloss.ui.workbench.internal.views.MemoView;
import org.gloss.ui.workbench.internal.views.MemosView;
import org.gloss.ui.workbench.internal.views.ProjectExplorerView;
import org.gloss.ui.workbench.testing.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Coding perspective on the real demo project (built by DemoProject, as `gloss demo` builds it) with
 * every view docked, at the window sizes issue 19 tried: at the smallest, 1000x700, no column
 * header, count, codebook or document name and no button is cut to "…"; screenshots of each size
 * are saved to look at (target/screenshots/layout-*).
 */
@ExtendWith(ApplicationExtension.class)
class CodingPerspectiveLayoutTest {
    private static final String CODER = "aida";
    private static final int[][] SIZES = {{1000, 700}, {1280, 800}, {1600, 1000}};

    @TempDir
    Path dir;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        Path project = dir.resolve("demo.gloss");
        try (ProjectSession demo = new SqliteStoreProvider().create(project.toString())) {
            DemoProject.fill(demo);
        }
        Contributions contributions = new Contributions();
        contributions.setDocumentViews(new DocumentViews());
        contributions.addView(new ProjectExplorerView());
        contributions.addView(new CodebookView());
        contributions.addView(new CodedSegmentsView());
        contributions.addView(new MemoView());
        contributions.addView(new MemosView());
        contributions.addView(new SearchView(new LuceneSearchService()));
        contributions.addAction(new FindAction());
        WorkbenchSettings settings = new WorkbenchSettings(dir.resolve("workbench.properties"));
        settings.remember(project.toString(), CODER);
        window = new WorkbenchWindow(stage, contributions, ProjectOpener.of(new SqliteStoreProvider()), settings);
        stage.setWidth(SIZES[0][0]);
        stage.setHeight(SIZES[0][1]);
        stage.show();
        window.openProject(project.toString());
    }

    @Test
    void nothingIsElidedAt1000x700AndEverySizeIsSavedToLookAt(FxRobot robot) {
        // the interview open, a coding selected, a search run: every panel has something to show
        robot.interact(() -> window.openDocument(window.workspace().session().documents().get("interview").id()));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.interact(() -> robot.lookup("#search-query").queryAs(TextField.class).setText("debt"));
        robot.clickOn("#search-query").type(KeyCode.ENTER);
        TableView<?> hits = robot.lookup("#search-table").queryTableView();
        waitUntil(() -> hits.getItems().size() > 3);

        List<String> cut = new ArrayList<>();
        for (int[] size : SIZES) {
            resize(robot, size);
            for (String tab : List.of("Search", "Coded segments", "Memos")) {
                showBelow(robot, tab);
                robot.interact(() -> Screenshots.save(window.stage().getScene(),
                        "layout-" + size[0] + "x" + size[1] + "-" + tab.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')));
                if (size[0] == 1000) {
                    onFx(() -> elided(window.stage().getScene().getRoot())).forEach(e -> cut.add(tab + " below: " + e));
                }
            }
        }
        assertThat(cut).as("labels cut to … at 1000x700").isEmpty();
    }

    private void resize(FxRobot robot, int[] size) {
        robot.interact(() -> {
            // the window stays on Monocle's 1600x1200 screen (headless.geometry in the root pom)
            window.stage().setX(0);
            window.stage().setY(0);
            window.stage().setWidth(size[0]);
            window.stage().setHeight(size[1]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().getScene().getWidth()).isEqualTo(size[0]);
        assertThat(window.stage().getScene().getHeight()).isEqualTo(size[1]);
    }

    private static void showBelow(FxRobot robot, String title) {
        TabPane below = robot.lookup("#area-bottom").queryAs(TabPane.class);
        robot.interact(() -> below.getSelectionModel().select(
                below.getTabs().stream().filter(t -> title.equals(t.getText())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Every shown label, button, column header, tree row and tab whose displayed text is not its
     * text (the skin cut it to fit), except table cells: a passage or a keyword-in-context line is
     * longer than any column and is meant to be cut.
     */
    static List<String> elided(Node root) {
        List<String> cut = new ArrayList<>();
        collectElided(root, cut);
        return cut;
    }

    private static void collectElided(Node node, List<String> cut) {
        if (!node.isVisible() || node instanceof javafx.scene.control.TableCell<?, ?>
                || node instanceof org.fxmisc.richtext.GenericStyledArea<?, ?, ?>) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && child.getStyleClass().contains("text")
                        && !labeled.getText().equals(shown.getText()) && shown.getText().contains(labeled.getEllipsisString())
                        && !labeled.getText().contains(labeled.getEllipsisString())) {
                    cut.add(labeled.getClass().getSimpleName() + " '" + labeled.getText() + "' shown as '" + shown.getText()
                            + "' (" + Math.round(labeled.getWidth()) + " px)");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectElided(child, cut);
            }
        }
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
