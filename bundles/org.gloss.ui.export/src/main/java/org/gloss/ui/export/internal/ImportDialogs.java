package org.gloss.ui.export.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.gloss.ui.workbench.api.WorkbenchContext;

/** The questions an import asks: which file to read, and for a project where to create it. Tests answer them. */
interface ImportDialogs {
    /** A file to read, or empty when the user cancelled. */
    Optional<Path> chooseFile(WorkbenchContext context, String title, String formatName, List<String> extensions);

    /** The new project file, or empty when the user cancelled. */
    Optional<Path> chooseNewProject(WorkbenchContext context, Path suggested);
}
