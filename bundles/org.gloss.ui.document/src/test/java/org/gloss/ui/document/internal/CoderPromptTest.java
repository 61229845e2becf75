package org.gloss.ui.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;

import org.gloss.api.store.ProjectSession;
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

/**
 * Opening a project with coders for the first time asks which coder you are (instead of coding
 * as the login name), the window title names the coder, and the answer is remembered per project.
 */
@ExtendWith(ApplicationExtension.class)
class CoderPromptTest {
    @TempDir
    Path dir;
    private Path project;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        project = TestWorkbench.createProject(dir, "interview", "Some text to code.\n");
        try (ProjectSession session = TestWorkbench.open(project)) {
            session.coders().getOrCreate("aida");
            session.coders().getOrCreate("ben");
        }
        // no project opened yet, so nothing is known about who the user is in it
        window = TestWorkbench.open(stage, dir, null);
    }

    @Test
    void theFirstOpeningAsksWhichCoderYouAreAndTheTitleShowsIt(FxRobot robot) throws Exception {
        robot.interact(() -> window.openProject(project.toString()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#coder-prompt").tryQuery().isPresent());
        DialogPane prompt = robot.lookup("#coder-prompt").queryAs(DialogPane.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> choice = robot.lookup("#coder-prompt-choice").queryAs(ComboBox.class);
        assertThat(choice.getItems()).contains("aida", "ben");
        robot.interact(() -> Screenshots.save(prompt.getScene(), "coder-prompt"));
        robot.interact(() -> {
            choice.setValue("ben");
            choice.getEditor().setText("ben");
        });
        robot.clickOn((Button) prompt.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.workspace().coderName()).isEqualTo("ben");
        assertThat(window.stage().getTitle()).isEqualTo("Gloss — project.gloss — coding as ben");
        assertThat(new WorkbenchSettings(dir.resolve("workbench.properties")).coderIn(project.toString())).contains("ben");

        // the second opening does not ask again
        robot.interact(() -> window.openProject(project.toString()));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#coder-prompt").tryQuery()).isEmpty();
        assertThat(window.workspace().coderName()).isEqualTo("ben");
    }
}
