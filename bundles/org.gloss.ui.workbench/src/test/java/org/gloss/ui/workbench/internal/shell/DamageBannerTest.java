package org.gloss.ui.workbench.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.store.sqlite.internal.SqliteProjectCheck;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.gloss.ui.workbench.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 14, item 6: the workbench checks a project in the background on open and says when it is damaged. */
@ExtendWith(ApplicationExtension.class)
class DamageBannerTest {
    @TempDir
    Path dir;
    private Stage stage;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            robot.interact(() -> window.stage().close());
        }
    }

    private Path project(boolean damaged) throws Exception {
        Path file = dir.resolve(damaged ? "damaged.gloss" : "healthy.gloss");
        SqliteStoreProvider store = new SqliteStoreProvider();
        try (ProjectSession p = store.create(file.toString())) {
            long doc = p.documents().add(new NewDocument("interview", "We talked about debt and the harvest.")).id();
            long code = p.codebook().add("debt", null, null, null).id();
            p.codings().add(new NewCoding(doc, code, p.coders().getOrCreate("ann").id(), 16, 20, null));
        }
        if (damaged) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
                st.execute("UPDATE codings SET end_cp = 999");
            }
        }
        return file;
    }

    private void open(FxRobot robot, Path file) {
        ProjectOpener opener = ProjectOpener.of(new SqliteStoreProvider(), new SqliteProjectCheck());
        robot.interact(() -> {
            window = new WorkbenchWindow(stage, new Contributions(), opener, new WorkbenchSettings(dir.resolve("settings.properties")));
            stage.show();
            window.openProject(file.toString());
        });
    }

    @Test
    void aDamagedProjectOpensWithABannerSayingSo(FxRobot robot) throws Exception {
        Path file = project(true);
        open(robot, file);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.bannerText().isEmpty());
        assertThat(window.bannerText()).isEqualTo("This project file is damaged (1 problem, first: coding #1 spans [16, 999)"
                + " but its document has 37 code points). Changes may be refused; run `gloss check " + file
                + "` and `gloss recover " + file + " --out NEW` to salvage it.");
        robot.interact(() -> Screenshots.save(stage.getScene(), "damaged-project-banner"));
    }

    @Test
    void aHealthyProjectShowsNoBanner(FxRobot robot) throws Exception {
        Path file = project(false);
        open(robot, file);
        Thread.sleep(1500); // the check runs in the background; give it time to (not) report
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.bannerText()).isEmpty();
    }
}
