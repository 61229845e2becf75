package org.gloss.ui.export.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import org.gloss.api.exchange.ImportReport;
import org.gloss.api.exchange.ProjectImporter;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.exchange.NewProjectFile;
import org.gloss.ui.workbench.api.ActionContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * File &gt; Import project &gt; one project importer: reads a whole project (e.g. REFI-QDA
 * {@code .qdpx}) into a new project file, built in a hidden temporary file and moved into place only
 * when the import succeeded, then opens it.
 */
final class ImportProjectAction implements ActionContribution {
    private final ProjectImporter importer;
    private final ImportDialogs dialogs;
    private final Function<String, ProjectSession> createProject;

    ImportProjectAction(ProjectImporter importer, ImportDialogs dialogs, Function<String, ProjectSession> createProject) {
        this.importer = importer;
        this.dialogs = dialogs;
        this.createProject = createProject;
    }

    @Override
    public String menu() {
        return "File";
    }

    @Override
    public String submenu() {
        return "Import project";
    }

    @Override
    public String label() {
        return importer.displayName() + " (" + String.join(", ", importer.extensions().stream().map(e -> "." + e).toList()) + ")…";
    }

    @Override
    public void run(WorkbenchContext context) {
        Optional<Path> file = dialogs.chooseFile(context, "Import project", importer.displayName(), importer.extensions());
        if (file.isEmpty()) {
            return;
        }
        String base = file.get().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Optional<Path> chosen = dialogs.chooseNewProject(context, file.get().toAbsolutePath().resolveSibling(base + ".gloss"));
        if (chosen.isEmpty()) {
            return;
        }
        Path target = ExportAction.withExtension(chosen.get(), "gloss").toAbsolutePath();
        if (Files.exists(target)) {
            context.showError(ExportErrors.targetExists(target).getMessage());
            return;
        }
        context.runInBackground("Importing " + file.get().getFileName(), monitor -> importInto(file.get(), target), report -> {
            context.openProject(target.toString());
            context.showStatus("Imported " + file.get().getFileName() + " into " + target + ": " + ImportCodebookAction.describe(report));
        });
    }

    /** Builds the project in a hidden file beside the target; any failure leaves nothing behind. */
    ImportReport importInto(Path file, Path target) {
        return new NewProjectFile(createProject, target).build(session -> importer.importProject(file, session));
    }
}
