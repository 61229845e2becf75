package org.gloss.ui.export.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.gloss.api.error.GlossException;
import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.Exporter;
import org.gloss.api.store.ProjectSession;
import org.gloss.ui.workbench.api.ActionContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Workspace;

/**
 * File &gt; Export &gt; one exporter: asks for the scope, the exporter's options and the target file, then exports in the
 * background (progress and Cancel in the status bar) and reports the file or the error there.
 */
final class ExportAction implements ActionContribution {
    static final String MENU = "File";
    static final String SUBMENU = "Export";

    private final Exporter exporter;
    private final ExportDialogs dialogs;

    ExportAction(Exporter exporter, ExportDialogs dialogs) {
        this.exporter = exporter;
        this.dialogs = dialogs;
    }

    Exporter exporter() {
        return exporter;
    }

    @Override
    public String menu() {
        return MENU;
    }

    @Override
    public String submenu() {
        return SUBMENU;
    }

    @Override
    public String label() {
        return label(exporter);
    }

    static String label(Exporter exporter) {
        return exporter.displayName() + " (." + exporter.fileExtension() + ")…";
    }

    @Override
    public void run(WorkbenchContext context) {
        Workspace workspace = context.workspace();
        if (workspace == null) {
            context.showError(ExportErrors.noProject("Export").getMessage());
            return;
        }
        Optional<ExportRequest> request = dialogs.chooseRequest(context, exporter,
                ScopeOptions.of(workspace, context.selectionProperty().get()));
        if (request.isEmpty()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseTarget(context, exporter, suggestedTarget(workspace.location()));
        if (chosen.isEmpty()) {
            return;
        }
        Path target = withExtension(chosen.get(), exporter.fileExtension());
        String title = "Exporting " + exporter.displayName();
        context.runInBackground(title, monitor -> {
            try (ProjectSession session = context.openSessionForBackgroundWork()) {
                return ExportJob.run(exporter, session, request.get(), target, monitor);
            }
        }, written -> context.showStatus("Exported " + exporter.displayName() + " to " + written));
    }

    /** Beside a project file, named after it ("interviews-csv.csv"); in the home folder for a server project. */
    Path suggestedTarget(String projectLocation) {
        String fileName;
        Path folder;
        if (projectLocation.contains("://")) {
            folder = Path.of(System.getProperty("user.home"));
            fileName = "project";
        } else {
            Path project = Path.of(projectLocation).toAbsolutePath();
            folder = project.getParent();
            fileName = project.getFileName().toString().replaceFirst("\\.gloss$", "");
        }
        return folder.resolve(fileName + "-" + exporter.id() + "." + exporter.fileExtension());
    }

    /** Adds the exporter's extension when the user typed a name without it (file choosers do not). */
    static Path withExtension(Path target, String extension) {
        String name = target.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith("." + extension.toLowerCase(Locale.ROOT))) {
            return target;
        }
        if (name.isBlank()) {
            throw new GlossException("choose a file name for the export");
        }
        return target.resolveSibling(name + "." + extension);
    }
}
