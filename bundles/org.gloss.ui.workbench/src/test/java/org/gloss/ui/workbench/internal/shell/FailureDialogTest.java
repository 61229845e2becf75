package org.gloss.ui.workbench.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.gloss.api.store.ProjectSession;
import org.gloss.ui.workbench.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An unexpected failure in the workbench is never lost: a background task that fails with a bug
 * shows the failure dialog (what happened, where the log is, the details, "Copy details") and
 * the failure is logged with its stack trace.
 */
@ExtendWith(ApplicationExtension.class)
class FailureDialogTest {
    @TempDir
    Path dir;
    private Stage stage;
    private WorkbenchWindow window;
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    /** Held: java.util.logging keeps loggers weakly, and a collected one would lose the handler. */
    private final Logger workbenchLogger = Logger.getLogger("org.gloss.ui.workbench");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void captureTheLog() {
        System.setProperty("gloss.log.file", dir.resolve("state/gloss/gloss.log").toString());
        workbenchLogger.addHandler(capture);
    }

    @AfterEach
    void close(FxRobot robot) {
        workbenchLogger.removeHandler(capture);
        System.clearProperty("gloss.log.file");
        robot.interact(() -> {
            for (Window open : List.copyOf(Window.getWindows())) {
                if (open instanceof Stage other) {
                    other.close();
                }
            }
        });
    }

    @Test
    void aBugInABackgroundTaskIsShownWithTheLogsLocationAndDetailsToCopyAndIsLogged(FxRobot robot) throws Exception {
        ProjectOpener opener = new ProjectOpener() {
            @Override
            public ProjectSession open(String location) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ProjectSession create(String location) {
                throw new UnsupportedOperationException();
            }
        };
        robot.interact(() -> {
            window = new WorkbenchWindow(stage, new Contributions(), opener, new WorkbenchSettings(dir.resolve("settings.properties")));
            stage.show();
            window.runInBackground("Importing documents", monitor -> {
                throw new IllegalStateException("broken on purpose");
            }, result -> {
            });
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog() != null);
        DialogPane pane = dialog();
        assertThat(pane.getHeaderText()).isEqualTo("Something went wrong while importing documents.");
        assertThat(pane.getContentText()).contains("not something you did",
                "The details are in the log: " + dir.resolve("state/gloss/gloss.log"),
                "java.lang.IllegalStateException: broken on purpose");
        String details = ((TextArea) pane.getExpandableContent()).getText();
        assertThat(details).startsWith("Gloss ").contains("Java 17", "While importing documents:",
                "java.lang.IllegalStateException: broken on purpose", "at org.gloss.ui.workbench.internal.shell.FailureDialogTest");

        robot.interact(() -> pane.setExpanded(true));
        robot.interact(() -> Screenshots.save(pane.getScene(), "failure-dialog"));
        robot.clickOn("Copy details");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get()).isEqualTo(details);
        assertThat(dialog()).as("the dialog stays open after copying").isNotNull();

        assertThat(logged).anySatisfy(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getMessage()).isEqualTo("unexpected failure while importing documents");
            assertThat(record.getThrown()).hasMessage("broken on purpose");
        });
        assertThat(window.statusMessage()).contains("details in the log");
    }

    private static DialogPane dialog() {
        for (Window open : Window.getWindows()) {
            if (open.isShowing() && open.getScene() != null && open.getScene().getRoot() instanceof DialogPane pane
                    && pane.getHeaderText() != null && pane.getHeaderText().startsWith("Something went wrong")) {
                return pane;
            }
        }
        return null;
    }
}
