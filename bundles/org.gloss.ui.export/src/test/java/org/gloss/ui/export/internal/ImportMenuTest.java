package org.gloss.ui.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;

import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.exchange.refiqda.internal.QdcExporter;
import org.gloss.exchange.refiqda.internal.QdcImporter;
import org.gloss.exchange.refiqda.internal.QdpxExporter;
import org.gloss.exchange.refiqda.internal.QdpxImporter;
import org.gloss.model.Code;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.internal.shell.Contributions;
import org.gloss.ui.workbench.internal.shell.ProjectOpener;
import org.gloss.ui.workbench.internal.shell.WorkbenchSettings;
import org.gloss.ui.workbench.internal.shell.WorkbenchWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File &gt; Import project and File &gt; Import codebook in the real workbench window, with the
 * real REFI-QDA importers reading files exported from a real project.
 */
@ExtendWith(ApplicationExtension.class)
class ImportMenuTest {
    @TempDir
    Path dir;
    private WorkbenchWindow window;
    private final Contributions contributions = new Contributions();
    private final SqliteStoreProvider store = new SqliteStoreProvider();
    private final AnsweringDialogs dialogs = new AnsweringDialogs();

    static final class AnsweringDialogs implements ImportDialogs {
        volatile Path file;
        volatile Path newProject;

        @Override
        public Optional<Path> chooseFile(WorkbenchContext context, String title, String formatName, List<String> extensions) {
            return Optional.ofNullable(file);
        }

        @Override
        public Optional<Path> chooseNewProject(WorkbenchContext context, Path suggested) {
            return Optional.ofNullable(newProject);
        }
    }

    @Start
    void start(Stage stage) {
        ProjectOpener opener = ProjectOpener.of(store);
        window = new WorkbenchWindow(stage, contributions, opener, new WorkbenchSettings(dir.resolve("workbench.properties")));
        contributions.addAction(new ImportProjectAction(new QdpxImporter(), dialogs, store::create));
        contributions.addAction(new ImportCodebookAction(new QdcImporter(), dialogs));
        stage.show();
    }

    private Path exported(org.gloss.api.exporter.Exporter exporter, String name) {
        Path source = TestProject.create(Files.exists(dir.resolve("source")) ? dir.resolve("source") : mkdirs(dir.resolve("source")));
        Path file = dir.resolve(name);
        try (ProjectSession session = TestProject.open(source)) {
            ExportJob.run(exporter, session, ExportRequest.all(), file, ExportJobTest.Monitor.neverCancelled());
        }
        return file;
    }

    private static Path mkdirs(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aQdpxFileBecomesANewProjectThatOpens(FxRobot robot) throws Exception {
        dialogs.file = exported(new QdpxExporter(), "from-another-tool.qdpx");
        dialogs.newProject = dir.resolve("imported");
        choose(robot, "Import project", "REFI-QDA project exchange (QDPX) (.qdpx)…");

        Path target = dir.resolve("imported.gloss");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.workspace() != null && window.workspace().location().equals(target.toString()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.statusMessage()).startsWith("Imported from-another-tool.qdpx into " + target);
        try (ProjectSession imported = store.open(target.toString())) {
            assertThat(imported.documents().list()).hasSize(2);
            assertThat(imported.codings().list(CodingFilter.ALL)).hasSize(3);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".importing-"));
        }
    }

    @Test
    void aBrokenFileIsRefusedAndLeavesNoProject(FxRobot robot) throws Exception {
        dialogs.file = Files.writeString(dir.resolve("broken.qdpx"), "not a zip archive");
        dialogs.newProject = dir.resolve("broken.gloss");
        choose(robot, "Import project", "REFI-QDA project exchange (QDPX) (.qdpx)…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.statusMessage().contains("zip"));
        assertThat(window.statusMessage()).startsWith("broken.qdpx is not a readable QDPX (zip) archive");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("broken.qdpx");
        }
        assertThat(window.workspace()).isNull();
    }

    @Test
    void aQdcCodebookIsAddedToTheOpenProject(FxRobot robot) throws Exception {
        dialogs.file = exported(new QdcExporter(), "codebook.qdc");
        Path empty = dir.resolve("empty.gloss");
        store.create(empty.toString()).close();
        robot.interact(() -> window.openProject(empty.toString()));
        choose(robot, "Import codebook", "REFI-QDA codebook exchange (QDC) (.qdc)…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.statusMessage().startsWith("Imported the codebook"));
        assertThat(window.workspace().codes()).extracting(Code::name).containsExactlyInAnyOrder("debt", "harvest");
    }

    private void choose(FxRobot robot, String submenu, String item) {
        robot.interact(() -> fileMenu().show());
        robot.clickOn(shown(robot, submenu));
        robot.clickOn(shown(robot, item), Motion.HORIZONTAL_FIRST);
    }

    private Menu fileMenu() {
        MenuBar bar = (MenuBar) window.stage().getScene().lookup(".menu-bar");
        return bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals("File")).findFirst().orElseThrow();
    }

    private static Node shown(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(org.testfx.matcher.control.LabeledMatchers.hasText(text)).queryAll().stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .findFirst().orElseThrow(() -> new AssertionError("no menu entry '" + text + "' on screen"));
    }
}
