package org.gloss.ui.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.ExportScope;
import org.gloss.api.exporter.Exporter;
import org.gloss.api.store.ProjectSession;
import org.gloss.export.csv.internal.SegmentsCsvExporter;
import org.gloss.export.html.internal.HtmlReportExporter;
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
import org.testfx.util.WaitForAsyncUtils;
import org.gloss.ui.workbench.testing.Screenshots;

/**
 * File &gt; Export in the real workbench window on a real SQLite project, with the exporters'
 * menu items added and removed as the OSGi component does when exporter services come and go.
 * The dialogs are answered by the test (native file choosers cannot be driven headless).
 */
@ExtendWith(ApplicationExtension.class)
class ExportMenuTest {
    @TempDir
    Path dir;
    private Path project;
    private WorkbenchWindow window;
    private final Contributions contributions = new Contributions();
    private final AnsweringDialogs dialogs = new AnsweringDialogs();

    /** Answers the scope and file questions as a user would. */
    static final class AnsweringDialogs implements ExportDialogs {
        volatile ExportScope scope = ExportScope.ALL;
        volatile Path target;
        volatile ScopeOptions offered;

        @Override
        public Optional<ExportRequest> chooseRequest(WorkbenchContext context, Exporter exporter, ScopeOptions options) {
            offered = options;
            return Optional.of(new ExportRequest(scope, java.util.Map.of()));
        }

        @Override
        public Optional<Path> chooseTarget(WorkbenchContext context, Exporter exporter, Path suggested) {
            return Optional.ofNullable(target);
        }
    }

    @Start
    void start(Stage stage) {
        project = TestProject.create(dir);
        ProjectOpener opener = ProjectOpener.of(new SqliteStoreProvider());
        WorkbenchSettings settings = new WorkbenchSettings(dir.resolve("workbench.properties"));
        settings.remember(project.toString(), "aida");
        window = new WorkbenchWindow(stage, contributions, opener, settings);
        contributions.addView(new org.gloss.ui.workbench.internal.views.ProjectExplorerView());
        contributions.addView(new org.gloss.ui.workbench.internal.views.CodebookView());
        contributions.addView(new org.gloss.ui.workbench.internal.views.CodedSegmentsView());
        contributions.addAction(new ExportAction(new SegmentsCsvExporter(), dialogs));
        contributions.addAction(new ExportAction(new HtmlReportExporter(), dialogs));
        stage.show();
        window.openProject(project.toString());
    }

    @Test
    void choosingAnExporterInTheMenuWritesTheFileInTheBackground(FxRobot robot) throws Exception {
        Path target = dir.resolve("segments");
        dialogs.target = target;
        dialogs.scope = new ExportScope("interview", null, null);
        openExportSubmenu(robot);
        robot.moveTo(shown(robot, "HTML report (.html)…"), org.testfx.robot.Motion.HORIZONTAL_FIRST);
        robot.interact(() -> saveMenuScreenshots("export-menu"));
        robot.clickOn(shown(robot, "Coded segments (CSV) (.csv)…"), org.testfx.robot.Motion.HORIZONTAL_FIRST);

        Path written = dir.resolve("segments.csv");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(written));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.statusMessage().startsWith("Exported"));
        assertThat(window.statusMessage()).isEqualTo("Exported Coded segments (CSV) to " + written.toAbsolutePath());
        List<String> rows = Files.readAllLines(written, StandardCharsets.UTF_8);
        assertThat(rows).hasSize(3);
        assertThat(String.join("\n", rows)).contains("the debt", "aida", "ben", "only the word").doesNotContain("diary");
        assertThat(dialogs.offered.documents()).containsExactly("diary", "interview");
        assertThat(dialogs.offered.coders()).contains("aida", "ben");
        // a document is open in front (and selected): the document filter still starts on all documents
        assertThat(window.workspace()).isNotNull();
        assertThat(dialogs.offered.suggested().document()).isNull();
        robot.interact(() -> Screenshots.save(window.stage().getScene(), "export-done"));
    }

    @Test
    void theExportSubmenuFollowsTheExportersInstalledNow(FxRobot robot) {
        assertThat(exportItems()).containsExactly("Coded segments (CSV) (.csv)…", "HTML report (.html)…");
        ExportAction html = contributions.actions().stream().map(ExportAction.class::cast)
                .filter(a -> a.exporter().id().equals("html")).findFirst().orElseThrow();
        robot.interact(() -> contributions.removeAction(html));
        assertThat(exportItems()).containsExactly("Coded segments (CSV) (.csv)…");
        robot.interact(() -> contributions.addAction(new ExportAction(new SlowExporter(), dialogs)));
        assertThat(exportItems()).containsExactly("Coded segments (CSV) (.csv)…", "Slow lines (.txt)…");
        // the contributed section sits above "Close project", not below Exit
        List<String> file = fileMenu().getItems().stream().map(MenuItem::getText).toList();
        assertThat(file.indexOf("Export")).isGreaterThan(file.indexOf("Import documents…")).isLessThan(file.indexOf("Close project"));
    }

    @Test
    void cancellingARunningExportLeavesNoFile(FxRobot robot) throws Exception {
        robot.interact(() -> contributions.addAction(new ExportAction(new SlowExporter(), dialogs)));
        Path target = dir.resolve("slow.txt");
        dialogs.target = target;
        openExportSubmenu(robot);
        robot.clickOn(shown(robot, "Slow lines (.txt)…"), org.testfx.robot.Motion.HORIZONTAL_FIRST);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.from(window.stage().getScene().getRoot()).lookup("#cancel-task").query().isVisible());
        // fired rather than clicked: on Monocle the first click after a menu item's action is
        // swallowed while the menu popups close (clicking the status bar's Cancel itself is
        // covered by WorkbenchWindowTest)
        javafx.scene.control.Button cancel = robot.from(window.stage().getScene().getRoot()).lookup("#cancel-task").queryButton();
        robot.interact(cancel::fire);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.statusMessage().endsWith("cancelled"));
        } catch (java.util.concurrent.TimeoutException e) {
            robot.interact(() -> Screenshots.save(window.stage().getScene(), "cancel-debug"));
            throw new AssertionError("status: " + window.statusMessage(), e);
        }
        // the background thread leaves the exporter at its next write and deletes its temporary file
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            try (var files = Files.list(dir)) {
                return files.noneMatch(p -> p.getFileName().toString().contains("slow"));
            }
        });
        assertThat(target).doesNotExist();
        assertThat(window.statusMessage()).isEqualTo("Exporting Slow lines: cancelled");
    }

    private void openExportSubmenu(FxRobot robot) {
        robot.interact(() -> fileMenu().show());
        robot.clickOn(shown(robot, "Export"));
    }

    /** The menu entry with this text in a window that shows now (menus of earlier tests' windows linger). */
    private static javafx.scene.Node shown(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(org.testfx.matcher.control.LabeledMatchers.hasText(text)).queryAll().stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .findFirst().orElseThrow(() -> new AssertionError("no menu entry '" + text + "' on screen"));
    }

    private Menu fileMenu() {
        MenuBar bar = (MenuBar) window.stage().getScene().lookup(".menu-bar");
        return bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals("File")).findFirst().orElseThrow();
    }

    private List<String> exportItems() {
        return fileMenu().getItems().stream().filter(i -> i instanceof Menu m && "Export".equals(m.getText()))
                .map(Menu.class::cast).findFirst().map(m -> m.getItems().stream().map(MenuItem::getText).toList())
                .orElse(List.of());
    }

    /** Popup menus are windows of their own and are not in the main scene's snapshot. */
    private void saveMenuScreenshots(String name) {
        Screenshots.save(window.stage().getScene(), name + "-window");
        int n = 0;
        for (Window w : Window.getWindows()) {
            if (w instanceof PopupWindow && w.isShowing() && w.getScene() != null) {
                Screenshots.save(w.getScene(), name + "-popup-" + n++);
            }
        }
    }

    /** An exporter that writes a line every 20 ms for ten seconds: long enough to press Cancel. */
    static final class SlowExporter implements Exporter {
        @Override
        public String id() {
            return "slow";
        }

        @Override
        public String displayName() {
            return "Slow lines";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public void export(ProjectSession project, ExportRequest request, OutputStream out) throws IOException {
            for (int i = 0; i < 500; i++) {
                out.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
            }
        }
    }
}
