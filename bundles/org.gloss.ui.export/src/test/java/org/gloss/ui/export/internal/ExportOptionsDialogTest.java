package org.gloss.ui.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.ExportScope;
import org.gloss.api.exporter.Exporter;
import org.gloss.export.csv.internal.SegmentsCsvExporter;
import org.gloss.export.html.internal.HtmlReportExporter;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
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
 * The real export dialog (not the file chooser, which cannot be driven headless): the exporter's
 * switches are check boxes, its other options text fields, and what the user sets is what
 * {@code gloss export -O} would pass; untouched fields leave the exporter's defaults.
 */
@ExtendWith(ApplicationExtension.class)
class ExportOptionsDialogTest {
    @TempDir
    Path dir;
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        Path project = TestProject.create(dir);
        ProjectOpener opener = ProjectOpener.of(new SqliteStoreProvider());
        WorkbenchSettings settings = new WorkbenchSettings(dir.resolve("workbench.properties"));
        settings.remember(project.toString(), "aida");
        window = new WorkbenchWindow(stage, new Contributions(), opener, settings);
        stage.show();
        window.openProject(project.toString());
    }

    @Test
    void aTickedSwitchAndATypedValueBecomeTheRequestsOptions(FxRobot robot) throws Exception {
        CompletableFuture<Optional<ExportRequest>> csv = open(new SegmentsCsvExporter());
        DialogPane pane = dialogPane(robot);
        assertThat(robot.from(pane).lookup("#export-option-excel").queryAs(CheckBox.class).getText()).isEqualTo("excel");
        robot.clickOn(robot.from(pane).lookup("#export-option-excel").queryAs(CheckBox.class));
        robot.interact(() -> Screenshots.save(pane.getScene(), "export-options-csv"));
        robot.clickOn((Button) pane.lookupButton(ButtonType.OK));
        assertThat(csv.get(10, TimeUnit.SECONDS)).hasValueSatisfying(request -> {
            assertThat(request.options()).isEqualTo(Map.of("excel", "true"));
            assertThat(request.flag("excel")).isTrue();
            assertThat(request.scope()).isEqualTo(ExportScope.ALL);
        });

        CompletableFuture<Optional<ExportRequest>> html = open(new HtmlReportExporter());
        DialogPane htmlPane = dialogPane(robot);
        robot.clickOn(robot.from(htmlPane).lookup("#export-option-context").queryAs(TextField.class)).write(" 40 ");
        robot.clickOn((Button) htmlPane.lookupButton(ButtonType.OK));
        assertThat(html.get(10, TimeUnit.SECONDS)).hasValueSatisfying(
                request -> assertThat(request.options()).isEqualTo(Map.of("context", "40")));
    }

    @Test
    void untouchedOptionsAreLeftToTheExportersDefaultsAndCancelExportsNothing(FxRobot robot) throws Exception {
        CompletableFuture<Optional<ExportRequest>> untouched = open(new HtmlReportExporter());
        robot.clickOn((Button) dialogPane(robot).lookupButton(ButtonType.OK));
        assertThat(untouched.get(10, TimeUnit.SECONDS)).hasValueSatisfying(r -> assertThat(r.options()).isEmpty());

        CompletableFuture<Optional<ExportRequest>> cancelled = open(new SegmentsCsvExporter());
        robot.clickOn((Button) dialogPane(robot).lookupButton(ButtonType.CANCEL));
        assertThat(cancelled.get(10, TimeUnit.SECONDS)).isEmpty();
    }

    private CompletableFuture<Optional<ExportRequest>> open(Exporter exporter) {
        CompletableFuture<Optional<ExportRequest>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(new FxExportDialogs().chooseRequest(window, exporter,
                ScopeOptions.of(window.workspace(), null))));
        return answer;
    }

    /** The export dialog now showing (dialogs are windows of their own; the workbench may show others). */
    private static DialogPane dialogPane(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownDialog().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return shownDialog().orElseThrow();
    }

    private static Optional<DialogPane> shownDialog() {
        List<Window> windows = List.copyOf(Window.getWindows());
        return windows.stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && s.getRoot() instanceof DialogPane).map(s -> (DialogPane) s.getRoot())
                .filter(p -> p.lookup("#export-scope-document") != null).findFirst();
    }
}
