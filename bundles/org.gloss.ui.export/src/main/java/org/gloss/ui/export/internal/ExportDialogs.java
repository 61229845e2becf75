package org.gloss.ui.export.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.Exporter;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * The questions an export asks the user: what to export, with which options, and where to. The workbench shows JavaFX
 * dialogs ({@link FxExportDialogs}); tests answer them directly, since native file choosers
 * cannot be driven headless.
 */
interface ExportDialogs {
    /** The scope and the exporter's options, or empty when the user cancelled. */
    Optional<ExportRequest> chooseRequest(WorkbenchContext context, Exporter exporter, ScopeOptions options);

    /** The file to write, or empty when the user cancelled. */
    Optional<Path> chooseTarget(WorkbenchContext context, Exporter exporter, Path suggested);
}
