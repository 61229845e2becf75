package org.gloss.ui.workbench.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.ui.workbench.model.SharedTestProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.gloss.ui.workbench.testing.Screenshots;

/**
 * The workbench on a shared project of the real PostgreSQL server: when the connection of its
 * change feed is cut, the reconnecting banner shows, and it goes when the feed is back.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionBannerTest {
    @TempDir
    Path dir;
    private Stage stage;
    private SharedTestProject project;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeAndDrop(FxRobot robot) {
        if (window != null) {
            robot.interact(() -> window.stage().close());
        }
        if (project != null) {
            project.close();
        }
    }

    @Test
    void theBannerShowsWhileTheServerIsLostAndGoesWhenItIsBack(FxRobot robot) throws Exception {
        project = SharedTestProject.create();
        try (ProjectSession lead = project.open()) {
            lead.documents().add(new NewDocument("interview", "We talked about debt and the harvest."));
        }
        ProjectOpener opener = new ProjectOpener() {
            @Override
            public ProjectSession open(String location) {
                return project.open();
            }

            @Override
            public ProjectSession create(String location) {
                throw new UnsupportedOperationException();
            }
        };
        robot.interact(() -> {
            window = new WorkbenchWindow(stage, new Contributions(), opener, new WorkbenchSettings(dir.resolve("settings.properties")));
            stage.show();
            window.openProject(project.location());
        });
        Label banner = robot.from(stage.getScene().getRoot()).lookup("#connection-banner").queryAs(Label.class);
        assertThat(window.connectionBannerShown()).isFalse();

        project.killChangeFeeds();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, window::connectionBannerShown);
        assertThat(banner.getText()).isEqualTo("Connection to the server lost — reconnecting…");
        robot.interact(() -> Screenshots.save(stage.getScene(), "reconnecting-banner"));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.connectionBannerShown());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.statusMessage()).isEqualTo("Connection to the server is back; the project was reloaded");
    }
}
