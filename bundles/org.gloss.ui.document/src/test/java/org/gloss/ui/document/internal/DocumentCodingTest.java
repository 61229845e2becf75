package org.gloss.ui.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.fxmisc.richtext.InlineCssTextArea;
import org.gloss.api.store.CodingFilter;
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
 * Coding with mouse and keyboard in the real workbench window on a real SQLite project:
 * quick-code popup, undo/redo, code-point offsets with supplementary characters, and renaming.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentCodingTest {
    /** Emoji and a CJK Extension-B character (U+20000) before the passage: 2 UTF-16 units each. */
    static final String TEXT = "Interview 😀 with 𠀀 a farmer 👩‍🌾.\n"
            + "Q: What worries you?\n"
            + "A: Honestly, the debt will burden our children for decades.\n"
            + "Q: And the contracts?\n"
            + "A: Be open about the contracts, then people would trust it.\n";
    static final String PASSAGE = "the debt will burden our children";

    @TempDir
    Path dir;
    private Path project;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        project = TestWorkbench.createProject(dir, "interview", TEXT);
        window = TestWorkbench.open(stage, dir, project);
    }

    @Test
    void mouseSelectionQuickCodeUndoRedoAreStoredWithCodePointOffsets(FxRobot robot) {
        InlineCssTextArea area = robot.lookup("#document-text").queryAs(InlineCssTextArea.class);
        int from = TEXT.indexOf(PASSAGE);
        int to = from + PASSAGE.length();
        selectWithMouse(robot, area, from, to);
        assertThat(area.getSelectedText()).isEqualTo(PASSAGE);

        robot.interact(() -> robot.lookup("#quick-code-input").query().requestFocus());
        robot.write("debt");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        int start = TEXT.codePointCount(0, from);
        int end = start + PASSAGE.codePointCount(0, PASSAGE.length());
        // four supplementary characters precede the passage (😀, 𠀀, 👩 and 🌾 of the ZWJ sequence):
        // code-point offsets are 4 less than UTF-16 indices
        assertThat(start).isEqualTo(from - 4);
        List<Coding> stored = storedCodings();
        assertThat(stored).singleElement().satisfies(c -> {
            assertThat(c.start()).isEqualTo(start);
            assertThat(c.end()).isEqualTo(end);
        });
        try (ProjectSession session = TestWorkbench.open(project)) {
            String covered = new org.gloss.model.CodePointText(session.documents().text(stored.get(0).documentId()))
                    .substring(stored.get(0).start(), stored.get(0).end());
            assertThat(covered).isEqualTo(PASSAGE);
            assertThat(session.codebook().byId(stored.get(0).codeId()).orElseThrow().name()).isEqualTo("debt concern");
        }
        assertThat(area.getStyleAtPosition(from + 1)).contains("-rtfx-background-color");
        robot.interact(() -> Screenshots.save(area.getScene(), "coding-perspective"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedCodings()).isEmpty();
        assertThat(area.getStyleAtPosition(from + 1)).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedCodings()).singleElement().satisfies(c -> {
            assertThat(c.start()).isEqualTo(start);
            assertThat(c.end()).isEqualTo(end);
        });
        assertThat(area.getStyleAtPosition(from + 1)).contains("-rtfx-background-color");
    }

    @Test
    void aNewNameInThePopupCreatesTheCode(FxRobot robot) {
        InlineCssTextArea area = robot.lookup("#document-text").queryAs(InlineCssTextArea.class);
        String passage = "Be open about the contracts";
        int from = TEXT.indexOf(passage);
        selectWithMouse(robot, area, from, from + passage.length());
        robot.interact(() -> robot.lookup("#quick-code-input").query().requestFocus());
        robot.write("openness");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        try (ProjectSession session = TestWorkbench.open(project)) {
            long code = session.codebook().get("openness").id();
            assertThat(session.codings().list(new CodingFilter(null, code, null))).singleElement()
                    .satisfies(c -> assertThat(c.end() - c.start()).isEqualTo(passage.length()));
        }
    }

    @Test
    void renamingACodeInPlaceUpdatesTheHighlightsMargin(FxRobot robot) {
        int from = TEXT.indexOf(PASSAGE);
        robot.interact(() -> {
            var workspace = window.workspace();
            long doc = workspace.documents().get(0).id();
            workspace.applyCode(doc, "debt concern", TEXT.codePointCount(0, from), TEXT.codePointCount(0, from + PASSAGE.length()));
        });
        assertThat(stripeLabels(robot)).contains("debt concern");

        javafx.scene.Node tree = robot.lookup("#codebook-tree").query();
        clickLabel(robot, tree, "debt concern");
        robot.type(KeyCode.F2);
        robot.interact(() -> robot.lookup("#codebook-rename").query().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("debt worry");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        try (ProjectSession session = TestWorkbench.open(project)) {
            assertThat(session.codebook().find("debt worry")).isPresent();
            assertThat(session.codebook().find("debt concern")).isEmpty();
        }
        assertThat(stripeLabels(robot)).contains("debt worry").doesNotContain("debt concern");
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "renamed-code"));
    }

    /**
     * Clicks the on-screen label with this text. The codebook tree refreshes its cells when the
     * counts change (the refresh runs after a background load), so a label found a moment ago may
     * have been recycled out of the scene: look it up again until one stays put.
     */
    static void clickLabel(FxRobot robot, javafx.scene.Node root, String text) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            try {
                robot.clickOn(robot.from(root).lookup((Label l) -> text.equals(l.getText()) && l.getScene() != null
                        && l.isVisible()).queryAs(Label.class));
                return;
            } catch (RuntimeException recycled) {
                last = recycled;
                WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        }
        throw last;
    }

    private List<String> stripeLabels(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".stripe-label").queryAllAs(javafx.scene.text.Text.class).stream().map(javafx.scene.text.Text::getText).toList();
    }

    private List<Coding> storedCodings() {
        try (ProjectSession session = TestWorkbench.open(project)) {
            return session.codings().list(CodingFilter.ALL);
        }
    }

    static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Drags the mouse from the left edge of the first character to the right edge of the last. */
    static void selectWithMouse(FxRobot robot, InlineCssTextArea area, int from, int to) {
        Bounds first = onFx(() -> area.getCharacterBoundsOnScreen(from, from + 1).orElseThrow());
        Bounds last = onFx(() -> area.getCharacterBoundsOnScreen(to - 1, to).orElseThrow());
        robot.moveTo(new Point2D(first.getMinX() + 1, first.getCenterY()));
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D((first.getMinX() + last.getMaxX()) / 2, last.getCenterY()));
        robot.moveTo(new Point2D(last.getMaxX() - 1, last.getCenterY()));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
