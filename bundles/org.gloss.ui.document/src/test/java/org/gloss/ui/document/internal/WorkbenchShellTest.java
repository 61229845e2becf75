package org.gloss.ui.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.gloss.api.importer.DocumentImporter;
import org.gloss.api.store.ProjectSession;
import org.gloss.importer.text.internal.PlainTextImporter;
import org.gloss.importer.transcript.internal.TranscriptImporter;
import org.gloss.model.Document;
import org.gloss.model.Turn;
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
 * The shell around the views (issue 19), with the real mouse and keys: a "Speaker: text" file
 * imported through the Import path offers the transcript and the plain-text importer and opens the
 * new document; a double-click on a tab or Ctrl+M maximizes an area and restores it; F6 moves the
 * focus from area to area; Help > About names the version, the Java and JavaFX versions and the
 * log; the dark theme is saved to look at.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchShellTest {
    static final String TEXT = "We borrowed from three banks and nobody explained the contract terms to us.\n"
            + "Later the harvest failed.\n";

    @TempDir
    Path dir;
    private Path project;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        project = TestWorkbench.createProject(dir, "interview", TEXT);
        window = TestWorkbench.open(stage, dir, project, List.of(new PlainTextImporter(), new TranscriptImporter()));
    }

    @org.junit.jupiter.api.AfterEach
    void releaseEverything(FxRobot robot) {
        FirstHourGesturesTest.releaseEverything(robot, window);
    }

    @Test
    void aSpeakerFileOffersTranscriptOrPlainTextAndOpensTheNewDocument(FxRobot robot) throws Exception {
        Path file = dir.resolve("focus group.txt");
        Files.writeString(file, "Aida: Did the loan help?\nBolat: It paid for the roof.\nAida: And the interest?\n");
        Platform.runLater(() -> window.importChosenFiles(List.of(file)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#importer-choice").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<DocumentImporter> choice = robot.lookup("#importer-choice-0").queryAs(ComboBox.class);
        assertThat(choice.getItems()).extracting(DocumentImporter::displayName)
                .containsExactly(new TranscriptImporter().displayName(), new PlainTextImporter().displayName());
        assertThat(choice.getValue()).isInstanceOf(TranscriptImporter.class);
        DialogPane dialog = robot.lookup("#importer-choice").queryAs(DialogPane.class);
        robot.clickOn((Button) dialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.currentDocument().isPresent()
                && storedDocument("focus group") != null && window.currentDocument().getAsLong() == storedDocument("focus group").id());
        try (ProjectSession session = TestWorkbench.open(project)) {
            Document imported = session.documents().get("focus group");
            assertThat(session.documents().turns(imported.id())).extracting(Turn::speaker).containsExactly("Aida", "Bolat", "Aida");
        }
        TabPane editors = robot.lookup("#editors").queryAs(TabPane.class);
        assertThat(editors.getSelectionModel().getSelectedItem().getText()).isEqualTo("focus group");
    }

    @Test
    void cancellingTheChoiceImportsNothing(FxRobot robot) throws Exception {
        Path file = dir.resolve("turns.txt");
        Files.writeString(file, "Aida: one\nBolat: two\n");
        Platform.runLater(() -> window.importChosenFiles(List.of(file)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#importer-choice").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#importer-choice").queryAs(DialogPane.class);
        robot.clickOn((Button) dialog.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertThat(storedDocument("turns")).isNull();
    }

    private Document storedDocument(String name) {
        try (ProjectSession session = TestWorkbench.open(project)) {
            return session.documents().find(name).orElse(null);
        }
    }

    @Test
    void doubleClickingATabOrCtrlMMaximizesItsAreaAndRestoresIt(FxRobot robot) {
        TabPane below = robot.lookup("#area-bottom").queryAs(TabPane.class);
        Node perspective = robot.lookup("#coding-perspective").query();
        Node headerOfFirstTab = below.lookup(".tab");
        robot.doubleClickOn(headerOfFirstTab, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(below.getParent()).isSameAs(perspective);
        assertThat(robot.lookup("#editors").tryQuery()).isEmpty();
        assertThat(below.getHeight()).isGreaterThan(window.stage().getScene().getHeight() * 0.6);
        robot.doubleClickOn(headerOfFirstTab, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#split-main").tryQuery()).isPresent();
        assertThat(robot.lookup("#editors").tryQuery()).isPresent();
        assertThat(below.getParent()).isNotSameAs(perspective);

        // Ctrl+M on the document text: the documents fill the window, Ctrl+M again puts every area back
        robot.interact(() -> robot.lookup("#document-text").query().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane editors = robot.lookup("#editors").queryAs(TabPane.class);
        assertThat(editors.getParent()).isSameAs(perspective);
        assertThat(robot.lookup("#area-left-top").tryQuery()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#area-left-top").tryQuery()).isPresent();
        assertThat(editors.getParent()).isNotSameAs(perspective);
    }

    @Test
    void f6MovesTheFocusFromAreaToAreaAndShiftF6Back(FxRobot robot) {
        robot.interact(() -> robot.lookup("#document-text").query().requestFocus());
        List<String> visited = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.F6);
            WaitForAsyncUtils.waitForFxEvents();
            visited.add(areaOfFocus());
        }
        // documents -> below -> right -> upper left -> lower left -> documents
        assertThat(visited).containsExactly("area-bottom", "area-right", "area-left-top", "area-left-bottom", "editors");
        robot.press(KeyCode.SHIFT, KeyCode.F6).release(KeyCode.F6, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(areaOfFocus()).isEqualTo("area-left-bottom");
    }

    private String areaOfFocus() {
        return DocumentCodingTest.onFx(() -> {
            for (Node at = window.stage().getScene().getFocusOwner(); at != null; at = at.getParent()) {
                if (at instanceof TabPane pane && pane.getId() != null) {
                    return pane.getId();
                }
            }
            return "none";
        });
    }

    @Test
    void helpAboutNamesTheVersionTheRuntimeAndTheLog(FxRobot robot) {
        robot.clickOn("Help");
        robot.clickOn("About Gloss");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane about = DocumentCodingTest.onFx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElseThrow());
        assertThat(about.getHeaderText()).startsWith("Gloss ");
        assertThat(about.getContentText()).contains("Java " + System.getProperty("java.version"))
                .contains("JavaFX " + System.getProperty("javafx.runtime.version")).contains("Log: ");
        // outside the OSGi framework there are no bundles, and the list says so rather than being empty
        javafx.scene.control.TextArea bundles = (javafx.scene.control.TextArea) about.getExpandableContent();
        assertThat(bundles.getText()).contains("not running in the OSGi framework");
        robot.interact(() -> Screenshots.save(about.getScene(), "about"));
        robot.interact(() -> ((Stage) about.getScene().getWindow()).close());
    }

    @Test
    void theDarkThemeIsSavedToLookAt(FxRobot robot) throws Exception {
        DocumentCodingTest.selectWithMouse(robot, robot.lookup("#document-text").queryAs(org.fxmisc.richtext.InlineCssTextArea.class),
                0, "We borrowed".length());
        robot.write("debt concern");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // the highlight shows, not the selection over it
        robot.interact(() -> robot.lookup("#document-text").queryAs(org.fxmisc.richtext.InlineCssTextArea.class).deselect());
        robot.interact(() -> window.preferences().darkTheme().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "dark-theme"));
        // dialogs have scenes of their own and follow the theme too
        robot.clickOn("Help");
        robot.clickOn("About Gloss");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane about = DocumentCodingTest.onFx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElseThrow());
        assertThat(about.getScene().getStylesheets()).anyMatch(sheet -> sheet.endsWith("dark.css"));
        robot.interact(() -> Screenshots.save(about.getScene(), "about-dark"));
        robot.interact(() -> window.preferences().darkTheme().set(false));
        assertThat(about.getScene().getStylesheets()).noneMatch(sheet -> sheet.endsWith("dark.css"));
        robot.interact(() -> ((Stage) about.getScene().getWindow()).close());
    }
}
