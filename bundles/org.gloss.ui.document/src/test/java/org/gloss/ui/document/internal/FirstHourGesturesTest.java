package org.gloss.ui.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.fxmisc.richtext.InlineCssTextArea;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.CodePalette;
import org.gloss.model.Code;
import org.gloss.model.Coding;
import org.gloss.ui.workbench.api.KeyboardShortcuts;
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
 * What a new user does in the first hour (issue 19), with the real mouse and keys on the real
 * workbench window and a real SQLite project: a sloppy mouse selection snaps to whole words (Alt
 * keeps it exact), a double-click on coded text opens one popup whose Enter applies the code, a
 * new name shows "Create code '…'", the colour menu offers the palette by name and a picker, and
 * coding works from the keyboard alone.
 */
@ExtendWith(ApplicationExtension.class)
class FirstHourGesturesTest {
    static final String TEXT = "It took six hours to reach Almaty. Now it is fine, they say.\n"
            + "The loan was the worst part. We paid it back slowly.\n";

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
            long tester = session.coders().getOrCreate(TestWorkbench.CODER).id();
            int from = TEXT.indexOf("took six hours");
            session.codings().add(new NewCoding(doc, debt, tester, from, from + "took six hours".length(), null));
        }
        window = TestWorkbench.open(stage, dir, project);
    }

    private InlineCssTextArea area(FxRobot robot) {
        return robot.lookup("#document-text").queryAs(InlineCssTextArea.class);
    }

    private DocumentPane pane(FxRobot robot) {
        return (DocumentPane) area(robot).getProperties().get(DocumentPane.class);
    }

    private List<Coding> stored() {
        try (ProjectSession session = TestWorkbench.open(project)) {
            return session.codings().list(CodingFilter.ALL);
        }
    }

    private String storedText(Coding coding) {
        return new org.gloss.model.CodePointText(TEXT).substring(coding.start(), coding.end());
    }

    /** Drags from the middle of the character at {@code from} to the middle of the character before {@code to}. */
    private static void dragMidCharacters(FxRobot robot, InlineCssTextArea area, int from, int to) {
        Bounds first = DocumentCodingTest.onFx(() -> area.getCharacterBoundsOnScreen(from, from + 1).orElseThrow());
        Bounds last = DocumentCodingTest.onFx(() -> area.getCharacterBoundsOnScreen(to - 1, to).orElseThrow());
        robot.moveTo(new Point2D(first.getMinX() + 1, first.getCenterY()));
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(new Point2D((first.getMinX() + last.getMaxX()) / 2, last.getCenterY()));
        robot.moveTo(new Point2D(last.getMaxX() - 1, last.getCenterY()));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSloppyMouseSelectionSnapsToWholeWordsAndAltKeepsItExact(FxRobot robot) {
        InlineCssTextArea area = area(robot);
        // the issue's example: "ook six hours to reach Almaty. Now it " was coded
        int from = TEXT.indexOf("ook six");
        int to = TEXT.indexOf("Now it ") + "Now i".length();
        dragMidCharacters(robot, area, from, to);
        assertThat(area.getSelectedText()).isEqualTo("took six hours to reach Almaty. Now it");
        assertThat(pane(robot).quickCodeShowing()).isTrue();
        robot.type(KeyCode.ESCAPE);

        robot.press(KeyCode.ALT);
        try {
            dragMidCharacters(robot, area, from, to);
        } finally {
            robot.release(KeyCode.ALT);
        }
        assertThat(area.getSelectedText()).isEqualTo("ook six hours to reach Almaty. Now i");
        robot.type(KeyCode.ESCAPE);

        // the preference turns snapping off for every selection
        robot.interact(() -> window.preferences().snapToWords().set(false));
        dragMidCharacters(robot, area, from, to);
        assertThat(area.getSelectedText()).isEqualTo("ook six hours to reach Almaty. Now i");
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> {
            area.moveTo(0);
            window.preferences().snapToWords().set(true);
        });
    }

    @Test
    void aDragInsideTheSelectionSelectsAgainInsteadOfDraggingTheText(FxRobot robot) {
        InlineCssTextArea area = area(robot);
        int sentence = TEXT.indexOf("took six hours");
        int sentenceEnd = TEXT.indexOf("Almaty.") + "Almaty.".length();
        robot.interact(() -> area.selectRange(sentence, sentenceEnd)); // as Ctrl+Shift+S or a drag leaves it
        assertThat(area.getSelectedText()).isEqualTo("took six hours to reach Almaty.");
        // the coder now narrows it down to a passage inside what is selected
        int inside = TEXT.indexOf("six hours");
        dragMidCharacters(robot, area, inside, inside + "six hours".length());
        assertThat(area.getSelectedText()).isEqualTo("six hours");
        assertThat(area.getText()).isEqualTo(TEXT); // nothing was moved
        robot.type(KeyCode.ESCAPE);
    }

    /** Nothing held down and no popup left for the next test (the FX toolkit lives on between tests). */
    @org.junit.jupiter.api.AfterEach
    void releaseEverything(FxRobot robot) {
        releaseEverything(robot, window);
    }

    /**
     * Also moves the pointer off the text: resting on coded text shows the codings-at-pointer popup
     * in the next test's window, and Monocle fails a later drag that crosses a window it did not start in.
     */
    static void releaseEverything(FxRobot robot, WorkbenchWindow window) {
        robot.release(new KeyCode[0]);
        robot.release(new MouseButton[0]);
        robot.moveTo(new Point2D(window.stage().getX() + 2, window.stage().getY() + 2));
        robot.interact(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof javafx.stage.PopupWindow popup) {
                    popup.hide();
                }
            }
        });
    }

    @Test
    void aKeyboardSelectionStaysExact(FxRobot robot) {
        InlineCssTextArea area = area(robot);
        int from = TEXT.indexOf("ook six");
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(from);
        });
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.SHIFT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.SHIFT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelectedText()).isEqualTo("ook");
        assertThat(pane(robot).quickCodeShowing()).isFalse();
    }

    @Test
    void doubleClickOnCodedTextOpensOnlyThePopupAndEnterAppliesTheCode(FxRobot robot) {
        InlineCssTextArea area = area(robot);
        int at = TEXT.indexOf("hours") + 2;
        Bounds bounds = DocumentCodingTest.onFx(() -> area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow());
        robot.moveTo(new Point2D(bounds.getCenterX(), bounds.getCenterY()));
        robot.doubleClickOn(MouseButton.PRIMARY);
        // longer than the wait for a second click: a codings menu would be showing by now
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        DocumentPane pane = pane(robot);
        assertThat(area.getSelectedText()).isEqualTo("hours");
        assertThat(pane.quickCodeShowing()).isTrue();
        assertThat(pane.codingsMenuShowing()).isFalse();
        assertThat(popupWindows()).hasSize(1);

        robot.write("transp");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.quickCodeShowing()).isFalse();
        assertThat(pane.codingsMenuShowing()).isFalse();
        assertThat(stored()).filteredOn(c -> storedText(c).equals("hours")).singleElement()
                .satisfies(c -> assertThat(codeName(c)).isEqualTo("transparency"));
    }

    @Test
    void aSingleClickOnCodedTextListsItsCodings(FxRobot robot) throws Exception {
        InlineCssTextArea area = area(robot);
        int at = TEXT.indexOf("six") + 1;
        Bounds bounds = DocumentCodingTest.onFx(() -> area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow());
        robot.clickOn(new Point2D(bounds.getCenterX(), bounds.getCenterY()));
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> pane(robot).codingsMenuShowing());
        assertThat(pane(robot).quickCodeShowing()).isFalse();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aNameThatMatchesNoCodeOffersCreateCodeFirstAndEnterCreatesItWithAPaletteColour(FxRobot robot) {
        InlineCssTextArea area = area(robot);
        String passage = "The loan was the worst part";
        int from = TEXT.indexOf(passage);
        DocumentCodingTest.selectWithMouse(robot, area, from, from + passage.length());
        robot.write("loan anxiety");
        WaitForAsyncUtils.waitForFxEvents();
        List<QuickCodePopup.Entry> entries = pane(robot).quickCodeEntries();
        assertThat(entries).isNotEmpty();
        assertThat(entries.get(0).create()).isTrue();
        assertThat(entries.get(0).label()).isEqualTo("Create code 'loan anxiety'");
        // what the user sees: the list cell, not only the model
        assertThat(robot.lookup((javafx.scene.control.ListCell<?> cell) -> "Create code 'loan anxiety'".equals(cell.getText()))
                .tryQuery()).isPresent();
        robot.interact(() -> Screenshots.save(area.getScene(), "quick-code-create-entry"));

        // a part of an existing name lists the code and offers the new name after it
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("trans");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane(robot).quickCodeEntries()).extracting(QuickCodePopup.Entry::label)
                .containsExactly("transparency", "Create code 'trans'");

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("loan anxiety");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        try (ProjectSession session = TestWorkbench.open(project)) {
            Code created = session.codebook().get("loan anxiety");
            // the two test codes have colours of their own: the new code takes the palette's first
            assertThat(created.color()).isEqualTo(CodePalette.COLOURS.get(0).hex());
            assertThat(session.codings().list(new CodingFilter(null, created.id(), null))).singleElement()
                    .satisfies(c -> assertThat(storedText(c)).isEqualTo(passage));
        }
    }

    @Test
    void theColourMenuOffersThePaletteByNameAndAPicker(FxRobot robot) {
        javafx.scene.Node tree = robot.lookup("#codebook-tree").query();
        Label code = robot.from(tree).lookup((Label l) -> "transparency".equals(l.getText())).queryAs(Label.class);
        // the menu a right-click (or the menu key) asks for; Monocle's robot sends no context-menu event
        robot.clickOn(code);
        robot.interact(() -> {
            Bounds at = code.localToScreen(code.getBoundsInLocal());
            javafx.event.Event.fireEvent(code, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, at.getMinX() + 5, at.getMinY() + 5, true, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Menu colours = openContextMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(item -> "colour-menu".equals(item.getId())).map(Menu.class::cast).findFirst().orElseThrow();
        List<String> names = new ArrayList<>();
        for (MenuItem item : colours.getItems()) {
            if (item.getText() != null) {
                names.add(item.getText());
            }
        }
        assertThat(names).containsExactlyElementsOf(CodePalette.COLOURS.stream().map(CodePalette.Colour::name).toList());
        ColorPicker picker = colours.getItems().stream().filter(CustomMenuItem.class::isInstance)
                .map(item -> ((CustomMenuItem) item).getContent()).filter(ColorPicker.class::isInstance)
                .map(ColorPicker.class::cast).findFirst().orElseThrow();

        MenuItem skyBlue = colours.getItems().stream().filter(item -> "sky blue".equals(item.getText())).findFirst().orElseThrow();
        robot.interact(skyBlue::fire);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedColour("transparency")).isEqualTo("#56B4E9");

        robot.interact(() -> {
            picker.setValue(Color.web("#123456"));
            picker.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedColour("transparency")).isEqualTo("#123456");
        // each choice is one undoable step
        robot.interact(() -> window.undo());
        assertThat(storedColour("transparency")).isEqualTo("#56B4E9");
    }

    /**
     * Coding without a mouse: the caret moves by keys, Ctrl+Shift+S selects the sentence, Ctrl+K
     * opens the popup, a name and Enter code it; Shift+F10 lists the coding at the caret, and the
     * menu's keys remove it.
     */
    @Test
    void codingRecodingAndRemovingWithTheKeyboardOnly(FxRobot robot) throws Exception {
        InlineCssTextArea area = area(robot);
        robot.interact(area::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.HOME).release(KeyCode.HOME, KeyCode.CONTROL);
        robot.type(KeyCode.DOWN); // second paragraph: "The loan was the worst part. ..."
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelectedText()).isEqualTo("The loan was the worst part.");
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane(robot).quickCodeShowing()).isTrue();
        robot.write("debt");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).filteredOn(c -> storedText(c).equals("The loan was the worst part.")).singleElement()
                .satisfies(c -> assertThat(codeName(c)).isEqualTo("debt concern"));

        // the focus went back to the text: list the codings at the caret, recode, then remove
        robot.interact(() -> assertThat(area.isFocused()).isTrue());
        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> pane(robot).codingsMenuShowing());
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT); // the coding's entry, into its submenu
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT); // "Recode as"
        robot.type(KeyCode.ENTER); // the first other code: transparency
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).filteredOn(c -> storedText(c).equals("The loan was the worst part.")).singleElement()
                .satisfies(c -> assertThat(codeName(c)).isEqualTo("transparency"));

        robot.interact(() -> assertThat(area.isFocused()).isTrue());
        robot.press(KeyCode.SHIFT, KeyCode.F10).release(KeyCode.F10, KeyCode.SHIFT);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> pane(robot).codingsMenuShowing());
        robot.type(KeyCode.DOWN).type(KeyCode.RIGHT);
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.DOWN); // show memo, recode, extent, Remove
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).noneMatch(c -> storedText(c).equals("The loan was the worst part."));
    }

    @Test
    void theKeyboardSheetListsTheKeysThatAreBound(FxRobot robot) {
        List<KeyboardShortcuts.Shortcut> sheet = DocumentCodingTest.onFx(() -> window.keyboardSheet());
        List<String> keys = sheet.stream().map(KeyboardShortcuts.Shortcut::keys).toList();
        for (String bound : List.of("Shortcut+K", "Shift+F10", "F3", "Shift+F3", "Shortcut+Shift+S", "F6", "Shortcut+Z",
                "Shortcut+Plus", "Shortcut+0")) {
            assertThat(keys).as(bound).contains(KeyboardShortcuts.display(bound));
        }
        // every line is a key that works: Ctrl+plus makes the text larger, Ctrl+0 resets it
        InlineCssTextArea area = area(robot);
        robot.interact(area::requestFocus);
        double before = window.preferences().textSize().get();
        robot.press(KeyCode.CONTROL, KeyCode.ADD).release(KeyCode.ADD, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.preferences().textSize().get()).isGreaterThan(before);
        assertThat(area.getStyle()).contains("-fx-font-size: " + window.preferences().textSize().get());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.preferences().textSize().get()).isEqualTo(before);
    }

    /** The window as a new user sees it at the sizes the issue tried: saved to look at. */
    @Test
    void screenshotsAtTheSizesOfTheIssue(FxRobot robot) {
        // Monocle's headless screen is 1600x1200 (headless.geometry in the root pom): the window is
        // kept at its top left so that the largest size fits on it
        for (int[] size : new int[][] {{1000, 700}, {1280, 800}, {1600, 1000}}) {
            robot.interact(() -> {
                window.stage().setX(0);
                window.stage().setY(0);
                window.stage().setWidth(size[0]);
                window.stage().setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            robot.interact(() -> Screenshots.save(window.stage().getScene(), "workbench-" + size[0] + "x" + size[1]));
        }
    }

    private String codeName(Coding coding) {
        try (ProjectSession session = TestWorkbench.open(project)) {
            return session.codebook().byId(coding.codeId()).orElseThrow().name();
        }
    }

    private String storedColour(String code) {
        try (ProjectSession session = TestWorkbench.open(project)) {
            return session.codebook().get(code).color();
        }
    }

    private static List<Window> popupWindows() {
        return DocumentCodingTest.onFx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w instanceof javafx.stage.PopupWindow && !(w instanceof javafx.scene.control.Tooltip))
                .toList());
    }

    private static List<ContextMenu> openContextMenus() {
        return DocumentCodingTest.onFx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w instanceof ContextMenu).map(ContextMenu.class::cast).toList());
    }
}
