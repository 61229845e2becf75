package org.gloss.ui.workbench.internal.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.gloss.api.store.ProjectSession;
import org.gloss.api.store.NewDocument;
import org.gloss.model.Memo;
import org.gloss.model.MemoTarget;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.gloss.ui.workbench.api.Selection;
import org.gloss.ui.workbench.internal.shell.Contributions;
import org.gloss.ui.workbench.internal.shell.ProjectOpener;
import org.gloss.ui.workbench.internal.shell.WorkbenchSettings;
import org.gloss.ui.workbench.internal.shell.WorkbenchWindow;
import org.gloss.ui.workbench.testing.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The memo panel never throws away what was typed: focus loss, another object and closing all save it. */
@ExtendWith(ApplicationExtension.class)
class MemoViewTest {
    @TempDir
    Path dir;
    private WorkbenchWindow window;
    private Stage stage;
    private final SqliteStoreProvider store = new SqliteStoreProvider();
    private long interview;
    private long notes;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Contributions contributions = new Contributions();
        contributions.addView(new MemoView());
        window = new WorkbenchWindow(stage, contributions, ProjectOpener.of(store),
                new WorkbenchSettings(dir.resolve("settings.properties")));
        stage.show();
    }

    private Path project() {
        Path project = dir.resolve("p.gloss");
        try (ProjectSession session = store.create(project.toString())) {
            interview = session.documents().add(new NewDocument("interview", "We talked about debt.")).id();
            notes = session.documents().add(new NewDocument("notes", "Field notes.")).id();
        }
        return project;
    }

    private Optional<String> storedMemo(Path project, MemoTarget target, long id) {
        try (ProjectSession session = store.open(project.toString())) {
            return session.memos().find(target, id).map(Memo::text);
        }
    }

    /** Focuses the memo editor (a click does not reliably reach it on Monocle) and types, key by key. */
    private static void typeInMemo(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#memo-text").queryAs(TextArea.class).requestFocus());
        robot.write(text);
    }

    private void select(FxRobot robot, long document, String name) {
        robot.interact(() -> window.selectionProperty().set(new Selection(MemoTarget.DOCUMENT, document, "document " + name)));
    }

    @Test
    void textIsSavedWhenTheEditorLosesFocus(FxRobot robot) {
        Path project = project();
        robot.interact(() -> window.openProject(project.toString()));
        select(robot, interview, "interview");
        typeInMemo(robot, "The respondent hesitates before 'debt'.");
        assertThat(storedMemo(project, MemoTarget.DOCUMENT, interview)).as("not saved while typing").isEmpty();
        robot.interact(() -> Screenshots.save(stage.getScene(), "memo-typing"));
        robot.interact(() -> stage.getScene().getRoot().requestFocus()); // focus moves elsewhere
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedMemo(project, MemoTarget.DOCUMENT, interview)).contains("The respondent hesitates before 'debt'.");
        assertThat(window.statusMessage()).isEqualTo("Memo saved on document interview");
        robot.interact(() -> window.undo());
        assertThat(storedMemo(project, MemoTarget.DOCUMENT, interview)).as("saving is undoable").isEmpty();
    }

    @Test
    void textIsSavedOnItsOwnObjectWhenTheSelectionMoves(FxRobot robot) {
        Path project = project();
        robot.interact(() -> window.openProject(project.toString()));
        select(robot, interview, "interview");
        typeInMemo(robot, "about the interview");
        select(robot, notes, "notes"); // typed text belongs to the interview, not to the notes
        assertThat(storedMemo(project, MemoTarget.DOCUMENT, interview)).contains("about the interview");
        assertThat(storedMemo(project, MemoTarget.DOCUMENT, notes)).isEmpty();
        assertThat(robot.lookup("#memo-text").queryAs(TextArea.class).getText()).isEmpty();
        select(robot, interview, "interview");
        assertThat(robot.lookup("#memo-text").queryAs(TextArea.class).getText()).isEqualTo("about the interview");
    }

    @Test
    void textIsSavedWhenTheWindowCloses(FxRobot robot) {
        Path project = project();
        robot.interact(() -> window.openProject(project.toString()));
        select(robot, interview, "interview");
        typeInMemo(robot, "typed just before closing");
        robot.interact(() -> stage.close());
        assertThat(storedMemo(project, MemoTarget.DOCUMENT, interview)).contains("typed just before closing");
    }

    @Test
    void textIsSavedWhenAnotherProjectOpens(FxRobot robot) {
        Path project = project();
        robot.interact(() -> window.openProject(project.toString()));
        select(robot, interview, "interview");
        typeInMemo(robot, "before switching projects");
        Path other = dir.resolve("other.gloss");
        store.create(other.toString()).close();
        robot.interact(() -> window.openProject(other.toString()));
        assertThat(storedMemo(project, MemoTarget.DOCUMENT, interview)).contains("before switching projects");
    }

    @Test
    void aMemoChangedElsewhereDoesNotOverwriteUnsavedTyping(FxRobot robot) throws Exception {
        Path project = project();
        robot.interact(() -> window.openProject(project.toString()));
        select(robot, interview, "interview");
        typeInMemo(robot, "mine");
        try (ProjectSession other = store.open(project.toString())) {
            other.memos().put(MemoTarget.DOCUMENT, interview, "ben", "theirs");
        }
        Thread.sleep(800); // the change reaches the workbench through the project's change log
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#memo-text").queryAs(TextArea.class).getText()).isEqualTo("mine");
    }
}
