package org.gloss.ui.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.fxmisc.richtext.InlineCssTextArea;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Coding;
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
 * The other ways of coding and reading: recent-code hotkeys, dragging a code onto a selection,
 * clicking a highlight to remove its coding, jumping from a coded segment, and the comparison
 * perspective with two coders side by side.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentGesturesTest {
    static final String TEXT = DocumentCodingTest.TEXT;

    @TempDir
    Path dir;
    private Path project;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        project = TestWorkbench.createProject(dir, "interview", TEXT);
        try (ProjectSession session = TestWorkbench.open(project)) {
            long doc = session.documents().get("interview").id();
            long debt = session.codebook().get("debt concern").id();
            long transparency = session.codebook().get("transparency").id();
            long aida = session.coders().getOrCreate("aida").id();
            long ben = session.coders().getOrCreate("ben").id();
            String text = session.documents().text(doc);
            int debtAt = cp(text, "the debt will burden our children");
            int openAt = cp(text, "Be open about the contracts");
            session.codings().addAll(List.of(
                    new NewCoding(doc, debt, aida, debtAt, debtAt + 33, null),
                    new NewCoding(doc, debt, ben, debtAt - 10, debtAt + 45, null),
                    new NewCoding(doc, transparency, aida, openAt, openAt + 27, null),
                    new NewCoding(doc, debt, aida, openAt + 4, openAt + 40, null)));
        }
        window = TestWorkbench.open(stage, dir, project);
    }

    private static int cp(String text, String passage) {
        return text.codePointCount(0, text.indexOf(passage));
    }

    private InlineCssTextArea area(FxRobot robot) {
        return robot.lookup("#document-text").queryAs(InlineCssTextArea.class);
    }

    private List<Coding> stored() {
        try (ProjectSession session = TestWorkbench.open(project)) {
            return session.codings().list(CodingFilter.ALL);
        }
    }

    @Test
    void overlappingCodingsBlendAndUnderline(FxRobot robot) {
        // the style at a position is the style of the character before it: here the 'p' of "open"
        int overlap = TEXT.indexOf("open about") + 2;
        assertThat(DocumentCodingTest.onFx(() -> area(robot).getStyleAtPosition(overlap)))
                .contains("-rtfx-background-color").contains("-rtfx-underline-color");
        assertThat(robot.lookup(".stripe-label").queryAllAs(javafx.scene.text.Text.class)).extracting(javafx.scene.text.Text::getText)
                .contains("debt concern", "transparency");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "overlaps-and-stripes"));
    }

    @Test
    void recentCodeHotkeyAppliesTheLastCodeUsed(FxRobot robot) {
        String first = "What worries you";
        int from = TEXT.indexOf(first);
        robot.interact(() -> window.workspace().applyCode(window.workspace().documents().get(0).id(), "transparency",
                TEXT.codePointCount(0, from), TEXT.codePointCount(0, from + first.length())));
        String second = "And the contracts";
        int at = TEXT.indexOf(second);
        robot.interact(() -> {
            area(robot).requestFocus();
            area(robot).selectRange(at, at + second.length());
        });
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        int start = TEXT.codePointCount(0, at);
        assertThat(stored()).anySatisfy(c -> {
            assertThat(c.start()).isEqualTo(start);
            assertThat(c.end()).isEqualTo(start + second.length());
        });
    }

    @Test
    void clickingAHighlightOffersRemoveAndUndoBringsItBack(FxRobot robot) {
        int at = TEXT.indexOf("burden");
        Bounds bounds = DocumentCodingTest.onFx(() -> area(robot).getCharacterBoundsOnScreen(at, at + 1).orElseThrow());
        robot.clickOn(new Point2D(bounds.getCenterX(), bounds.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "codings-menu"));
        robot.clickOn(robot.lookup((javafx.scene.control.Labeled l) -> l.getText() != null
                && l.getText().startsWith("debt concern — aida")).queryLabeled());
        robot.clickOn(robot.lookup((javafx.scene.control.Labeled l) -> "Remove".equals(l.getText())).queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).hasSize(3);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).hasSize(4);
    }

    @Test
    void dragACodeFromTheCodebookOntoASelection(FxRobot robot) {
        String passage = "What worries you";
        int from = TEXT.indexOf(passage);
        robot.interact(() -> area(robot).selectRange(from, from + passage.length()));
        Bounds target = DocumentCodingTest.onFx(() -> area(robot).getCharacterBoundsOnScreen(from + 3, from + 4).orElseThrow());
        javafx.scene.Node tree = robot.lookup("#codebook-tree").query();
        Label code = robot.from(tree).lookup((Label l) -> "transparency".equals(l.getText())).queryAs(Label.class);
        robot.drag(code).dropTo(new Point2D(target.getCenterX(), target.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        int start = TEXT.codePointCount(0, from);
        assertThat(stored()).anySatisfy(c -> {
            assertThat(c.start()).isEqualTo(start);
            assertThat(c.end()).isEqualTo(start + passage.length());
        });
    }

    @Test
    void clickingACodedSegmentSelectsItsPassage(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<org.gloss.model.CodedSegment> table = robot.lookup("#segments-table").queryAs(TableView.class);
        // the segments load off the FX thread
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        int row = DocumentCodingTest.onFx(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).text().startsWith("Be open")) {
                    return i;
                }
            }
            return -1;
        });
        robot.interact(() -> table.getSelectionModel().select(row));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(DocumentCodingTest.onFx(() -> area(robot).getSelectedText())).isEqualTo("Be open about the contracts");
    }

    @Test
    void comparisonShowsEachCodersCodingsSideBySide(FxRobot robot) {
        robot.interact(() -> window.showPerspective("comparison"));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> headers = robot.lookup(".document-header").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(headers).anySatisfy(h -> assertThat(h).contains("3 codings shown").contains("codings of aida"))
                .anySatisfy(h -> assertThat(h).contains("1 coding shown").contains("codings of ben"));
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "comparison-perspective"));
    }
}
