package org.gloss.ui.workbench.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.gloss.ui.workbench.api.ViewArea;
import org.gloss.ui.workbench.api.ViewContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.gloss.ui.workbench.testing.Screenshots;

/**
 * The shell with a contribution registry fed by hand (no OSGi here; the framework test is
 * WorkbenchIT in the product): welcome page, views appearing and going at run time, background
 * work with Cancel.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {
    @TempDir
    Path dir;
    private WorkbenchWindow window;
    private final Contributions contributions = new Contributions();
    private final SqliteStoreProvider store = new SqliteStoreProvider();

    @Start
    void start(Stage stage) {
        ProjectOpener opener = ProjectOpener.of(store);
        window = new WorkbenchWindow(stage, contributions, opener, new WorkbenchSettings(dir.resolve("settings.properties")));
        stage.show();
    }

    /** A plugin's view: a label saying which project is open. */
    static final class PluginView implements ViewContribution {
        @Override
        public String id() {
            return "test.plugin";
        }

        @Override
        public String title() {
            return "Plugin view";
        }

        @Override
        public ViewArea area() {
            return ViewArea.RIGHT;
        }

        @Override
        public Node createView(WorkbenchContext context) {
            Label label = new Label("hello from a plugin");
            label.setId("plugin-label");
            return label;
        }
    }

    private Path project() {
        Path project = dir.resolve("p.gloss");
        try (ProjectSession session = store.create(project.toString())) {
            session.documents().add(new NewDocument("notes", "Some notes."));
        }
        return project;
    }

    @Test
    void withoutAProjectTheWelcomePageOffersOpenNewAndDemo(FxRobot robot) {
        assertThat(robot.lookup("#welcome-open").tryQuery()).isPresent();
        assertThat(robot.lookup("#welcome-new").tryQuery()).isPresent();
        assertThat(robot.lookup("#welcome-demo").tryQuery()).isPresent();
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "welcome"));
    }

    @Test
    void theDemoProjectIsBuiltInTheTemporaryFolderAndOpened(FxRobot robot) throws Exception {
        String temporary = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", dir.toString());
        try {
            robot.clickOn("#welcome-demo");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.workspace() != null);
        } finally {
            System.setProperty("java.io.tmpdir", temporary);
        }
        // the workspace's session belongs to the FX thread, which goes on to open the first
        // document: reading it from the test thread meanwhile raced on the one connection
        robot.interact(() -> {
            assertThat(Path.of(window.workspace().location())).hasParent(dir);
            assertThat(window.workspace().documents()).extracting(d -> d.name()).containsExactly("article", "interview");
            assertThat(window.workspace().codes()).extracting(c -> c.name())
                    .containsExactlyInAnyOrder("economy", "debt concern", "two-way road", "generational shift", "transparency");
            assertThat(window.workspace().coders()).extracting(c -> c.name()).contains("aida", "ben");
            // the sample's 20 codings: 12 in the article, 8 in the interview
            assertThat(window.workspace().codingCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
        });
    }

    @Test
    void aViewRegisteredAtRunTimeAppearsAndGoesAway(FxRobot robot) {
        Path project = project();
        robot.interact(() -> window.openProject(project.toString()));
        assertThat(robot.lookup("#plugin-label").tryQuery()).isEmpty();
        PluginView plugin = new PluginView();
        contributions.addView(plugin); // as the OSGi component does when the service appears
        WaitForAsyncUtils.waitForFxEvents();
        TabPane right = robot.lookup("#area-right").queryAs(TabPane.class);
        assertThat(right.getTabs()).extracting(Tab::getText).contains("Plugin view");
        contributions.removeView(plugin);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(right.getTabs()).extracting(Tab::getText).doesNotContain("Plugin view");
    }

    @Test
    void backgroundWorkReportsProgressAndStopsOnCancel(FxRobot robot) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        List<Boolean> onFxThreadDuringWork = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> window.runInBackground("Long work", monitor -> {
            onFxThreadDuringWork.add(javafx.application.Platform.isFxApplicationThread());
            started.countDown();
            while (!monitor.isCancelled()) {
                monitor.progress(0.5, "half way");
                Thread.sleep(10);
            }
            stopped.countDown();
            return null;
        }, result -> { }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cancel-task").queryButton().isVisible()).isTrue();
        robot.clickOn("#cancel-task");
        assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFxThreadDuringWork).containsExactly(false);
        assertThat(window.statusMessage()).isEqualTo("Long work: cancelled");
    }

    @Test
    void importRunsInTheBackgroundAndTheDocumentAppears(FxRobot robot) throws Exception {
        Path project = project();
        robot.interact(() -> window.openProject(project.toString()));
        Path file = dir.resolve("second.txt");
        Files.writeString(file, "Second document.");
        contributions.importers().add(new org.gloss.api.importer.DocumentImporter() {
            @Override
            public String id() {
                return "test";
            }

            @Override
            public String displayName() {
                return "Test text";
            }

            @Override
            public List<String> extensions() {
                return List.of("txt");
            }

            @Override
            public org.gloss.api.importer.ImportedText read(Path f) {
                try {
                    return new org.gloss.api.importer.ImportedText(Files.readString(f), java.util.Map.of());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        robot.interact(() -> window.importDocuments(List.of(file)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.statusMessage().startsWith("Imported"));
        robot.interact(() -> assertThat(window.workspace().documents()).extracting(d -> d.name()).contains("notes", "second"));
    }
}
