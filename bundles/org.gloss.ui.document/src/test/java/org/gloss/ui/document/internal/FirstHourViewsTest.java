package org.gloss.ui.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.fxmisc.richtext.InlineCssTextArea;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.ui.workbench.api.WorkbenchPreferences;
import org.gloss.ui.workbench.internal.shell.WorkbenchWindow;
import org.gloss.ui.workbench.testing.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the views show a new user (issue 19): four codes on one sentence give labels that do not
 * overlap or run past the line, the pointer on coded text lists codes and coders, stripes per
 * coder on request, the margin keeps its width when a code is hidden, the memo editor follows the
 * document tab in front, and the Documents panel counts what the document header counts.
 */
@ExtendWith(ApplicationExtension.class)
class FirstHourViewsTest {
    static final String TEXT = "We borrowed from three banks and nobody explained the contract terms to us.\n"
            + "Later the harvest failed.\n";
    static final String SENTENCE = "We borrowed from three banks and nobody explained the contract terms to us.";

    @TempDir
    Path dir;
    private Path project;
    private WorkbenchWindow window;
    private long interview;
    private long diary;

    @Start
    void start(Stage stage) {
        project = TestWorkbench.createProject(dir, "interview", TEXT);
        try (ProjectSession session = TestWorkbench.open(project)) {
            interview = session.documents().get("interview").id();
            diary = session.documents().add(new NewDocument("zz diary", "A diary entry about the market.")).id();
            long aida = session.coders().getOrCreate("aida").id();
            long tester = session.coders().getOrCreate(TestWorkbench.CODER).id();
            int end = SENTENCE.length();
            for (String code : List.of("debt concern", "transparency", "bank relations", "information gaps")) {
                long id = session.codebook().find(code).map(c -> c.id())
                        .orElseGet(() -> session.codebook().add(code, null, null, null).id());
                session.codings().add(new NewCoding(interview, id, tester, 0, end, null));
            }
            // a second coder on the same code, with a memo
            long debt = session.codebook().get("debt concern").id();
            session.codings().add(new NewCoding(interview, debt, aida, 3, 30, "She counts the banks twice."));
        }
        window = TestWorkbench.open(stage, dir, project);
    }

    private InlineCssTextArea area(FxRobot robot) {
        return robot.lookup("#document-text").queryAs(InlineCssTextArea.class);
    }

    private DocumentPane pane(FxRobot robot) {
        return (DocumentPane) area(robot).getProperties().get(DocumentPane.class);
    }

    @org.junit.jupiter.api.AfterEach
    void releaseEverything(FxRobot robot) {
        FirstHourGesturesTest.releaseEverything(robot, window);
    }

    @Test
    void fourCodesOnOneSentenceGiveLabelsThatNeitherOverlapNorRunPastTheLine(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Text> shown = robot.lookup(".stripe-label").queryAllAs(Text.class).stream()
                .filter(t -> t.isVisible() && t.getScene() != null && !t.getText().isEmpty()).toList();
        assertThat(shown).isNotEmpty();
        List<Bounds> boxes = DocumentCodingTest.onFx(() -> shown.stream().map(t -> t.localToScreen(t.getBoundsInLocal())).toList());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j)))
                        .as(shown.get(i).getText() + " and " + shown.get(j).getText()).isFalse();
            }
        }
        // none lower than the first paragraph's last line
        int last = SENTENCE.length() - 1;
        Bounds lastLine = DocumentCodingTest.onFx(() -> area(robot).getCharacterBoundsOnScreen(last, last + 1).orElseThrow());
        for (Bounds box : boxes) {
            assertThat(box.getMaxY()).isLessThanOrEqualTo(lastLine.getMaxY() + 1);
        }
        // what did not fit is summed up, the names in its tooltip: every code is named somewhere
        String all = String.join(" ", shown.stream().map(t -> t.getText() + " " + t.getUserData()).toList());
        for (String code : List.of("debt concern", "transparency", "bank relations", "information gaps")) {
            assertThat(all).contains(code);
        }
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "four-codes-one-sentence"));
    }

    @Test
    void restingOnCodedTextListsItsCodesAndCoders(FxRobot robot) {
        List<String> lines = DocumentCodingTest.onFx(() -> pane(robot).hover().lines(10));
        assertThat(lines).containsExactly("debt concern — " + TestWorkbench.CODER + ", aida ✎ memo",
                "transparency — " + TestWorkbench.CODER, "bank relations — " + TestWorkbench.CODER,
                "information gaps — " + TestWorkbench.CODER);
        assertThat(DocumentCodingTest.onFx(() -> pane(robot).hover().lines(SENTENCE.length() + 3))).isEmpty();
        // aida's coding has a memo: its stripe carries a mark
        assertThat(robot.lookup(".memo-mark").tryQuery()).isPresent();
    }

    @Test
    void stripesPerCoderShowTheCodersInitialsAndTheMarginKeepsItsWidthWhenACodeIsHidden(FxRobot robot) {
        double before = DocumentCodingTest.onFx(() -> pane(robot).highlights().marginWidth());
        robot.interact(() -> window.workspace().showCode(window.workspace().codes().get(0).id(), false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(DocumentCodingTest.onFx(() -> pane(robot).highlights().marginWidth())).isEqualTo(before);
        robot.interact(() -> window.workspace().showCode(window.workspace().codes().get(0).id(), true));

        robot.interact(() -> window.preferences().stripes().set(WorkbenchPreferences.Stripes.PER_CODER));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> labels = robot.lookup(".stripe-label").queryAllAs(Text.class).stream().map(Text::getText).toList();
        assertThat(String.join("|", labels)).contains(" · AI").contains(" · TE");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "stripes-per-coder"));
        robot.interact(() -> window.preferences().stripes().set(WorkbenchPreferences.Stripes.PER_CODE));
    }

    @Test
    void theMemoEditorFollowsTheDocumentTabInFront(FxRobot robot) {
        Label about = robot.lookup("#memo-target").queryAs(Label.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(about.getText()).contains("interview");
        robot.interact(() -> window.openDocument(diary));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(about.getText()).contains("diary").doesNotContain("interview");
        TabPane editors = robot.lookup((TabPane p) -> p.getTabs().stream().anyMatch(t -> "interview".equals(t.getText()))).query();
        robot.interact(() -> editors.getSelectionModel().select(
                editors.getTabs().stream().filter(t -> "interview".equals(t.getText())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(about.getText()).contains("interview").doesNotContain("diary");
    }

    @Test
    void theDocumentsPanelCountsWhatTheDocumentHeaderCounts(FxRobot robot) throws Exception {
        String passage = "Later the harvest failed";
        int from = TEXT.indexOf(passage);
        DocumentCodingTest.selectWithMouse(robot, area(robot), from, from + passage.length());
        robot.write("harvest loss");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        int stored;
        try (ProjectSession session = TestWorkbench.open(project)) {
            stored = session.codings().list(CodingFilter.document(interview)).size();
        }
        assertThat(stored).isEqualTo(6);
        Label header = robot.lookup("#document-header").queryAs(Label.class);
        assertThat(header.getText()).contains(stored + " codings shown");
        Node explorer = robot.lookup("#project-explorer").query();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.from(explorer).lookup((Label l) -> l.isVisible()
                && String.valueOf(stored).equals(l.getText())).tryQuery().isPresent());
    }

    /**
     * Every control the focus can reach in the main window has a name a screen reader can say:
     * its accessible text, its own text, a label that names it or its prompt.
     */
    @Test
    void everyFocusableControlOfTheMainWindowHasAnAccessibleName(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> nameless = DocumentCodingTest.onFx(() -> {
            java.util.Set<Node> labelled = new java.util.HashSet<>();
            List<Node> all = new java.util.ArrayList<>();
            collect(window.stage().getScene().getRoot(), all);
            for (Node node : all) {
                if (node instanceof Label label && label.getLabelFor() != null) {
                    labelled.add(label.getLabelFor());
                }
            }
            List<String> missing = new java.util.ArrayList<>();
            for (Node node : all) {
                if (node instanceof javafx.scene.control.Control control && control.isFocusTraversable()
                        && control.isVisible() && !control.isDisabled() && !named(control, labelled)) {
                    missing.add(control.getClass().getSimpleName() + (control.getId() == null ? "" : "#" + control.getId()));
                }
            }
            return missing;
        });
        assertThat(nameless).isEmpty();
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, into);
            }
        }
    }

    private static boolean named(javafx.scene.control.Control control, java.util.Set<Node> labelled) {
        if (notBlank(control.getAccessibleText()) || labelled.contains(control)) {
            return true;
        }
        if (control instanceof javafx.scene.control.Labeled labeled && notBlank(labeled.getText())) {
            return true;
        }
        return control instanceof javafx.scene.control.TextInputControl input && notBlank(input.getPromptText());
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    /** The memo list: every memo, filtered by kind and words, opens the memo; a free memo belongs to no object. */
    @Test
    void theMemoListFindsAndOpensMemosAndKeepsFreeMemos(FxRobot robot) throws Exception {
        TabPane below = robot.lookup("#area-bottom").queryAs(TabPane.class);
        robot.interact(() -> below.getSelectionModel().select(
                below.getTabs().stream().filter(t -> "Memos".equals(t.getText())).findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<Object> table = robot.lookup("#memos-table").queryAs(javafx.scene.control.TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        robot.clickOn("#memos-search").write("nothing like this");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isEmpty();
        robot.interact(() -> robot.lookup("#memos-search").queryAs(javafx.scene.control.TextField.class).setText("banks"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);
        robot.interact(() -> {
            table.getSelectionModel().select(0);
            robot.lookup("#memos-open").queryButton().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#memo-target").queryAs(Label.class).getText()).contains("debt concern").contains("aida");
        assertThat(robot.lookup("#memo-text").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo("She counts the banks twice.");

        // a free memo: chosen, written, saved, listed under its own kind
        robot.interact(() -> window.selectionProperty().set(org.gloss.ui.workbench.api.Selection.free("Journal, day 1")));
        robot.interact(() -> robot.lookup("#memo-text").queryAs(javafx.scene.control.TextArea.class).setText("Banks again."));
        robot.interact(() -> robot.lookup("#memo-save").queryButton().fire());
        robot.interact(() -> robot.lookup("#memos-search").queryAs(javafx.scene.control.TextField.class).setText(""));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        try (ProjectSession session = TestWorkbench.open(project)) {
            assertThat(session.memos().findFree("Journal, day 1")).hasValueSatisfying(m -> assertThat(m.text()).isEqualTo("Banks again."));
        }
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> kind = robot.lookup("#memos-kind").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> {
            kind.setValue("Free memo");
            kind.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "memos-list"));
    }
}
