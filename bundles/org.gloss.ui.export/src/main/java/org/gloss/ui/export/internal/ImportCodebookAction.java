package org.gloss.ui.export.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.gloss.api.exchange.CodebookImporter;
import org.gloss.api.exchange.ImportReport;
import org.gloss.api.store.ProjectSession;
import org.gloss.ui.workbench.api.ActionContribution;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;

/** File &gt; Import codebook &gt; one codebook importer: adds a codebook file's codes to the open project. */
final class ImportCodebookAction implements ActionContribution {
    private final CodebookImporter importer;
    private final ImportDialogs dialogs;

    ImportCodebookAction(CodebookImporter importer, ImportDialogs dialogs) {
        this.importer = importer;
        this.dialogs = dialogs;
    }

    @Override
    public String menu() {
        return "File";
    }

    @Override
    public String submenu() {
        return "Import codebook";
    }

    @Override
    public String label() {
        return importer.displayName() + " (" + String.join(", ", importer.extensions().stream().map(e -> "." + e).toList()) + ")…";
    }

    @Override
    public void run(WorkbenchContext context) {
        if (context.workspace() == null) {
            context.showError(ExportErrors.noProject("Import codebook").getMessage());
            return;
        }
        Optional<Path> file = dialogs.chooseFile(context, "Import codebook", importer.displayName(), importer.extensions());
        if (file.isEmpty()) {
            return;
        }
        context.runInBackground("Importing the codebook " + file.get().getFileName(), monitor -> {
            try (ProjectSession session = context.openSessionForBackgroundWork()) {
                return importer.importCodebook(file.get(), session);
            }
        }, report -> {
            if (context.workspace() != null) {
                context.workspace().changed(Change.of(Change.Kind.CODEBOOK));
            }
            context.showStatus("Imported the codebook " + file.get().getFileName() + ": " + describe(report));
        });
    }

    static String describe(ImportReport report) {
        return report.summary() + (report.warnings().isEmpty() ? "" : " (" + report.warnings().size() + " warning(s): "
                + String.join("; ", report.warnings().subList(0, Math.min(3, report.warnings().size()))) + ")");
    }
}
