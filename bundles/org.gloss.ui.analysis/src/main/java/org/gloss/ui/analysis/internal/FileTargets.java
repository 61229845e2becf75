package org.gloss.ui.analysis.internal;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;

import org.gloss.ui.workbench.api.WorkbenchContext;

/** Where an export goes: a save-file chooser in the workbench, a fixed file in tests. */
interface FileTargets {
    Optional<Path> choose(WorkbenchContext context, String title, String extension, String suggestedName);

    /** The JavaFX save-file chooser. */
    FileTargets CHOOSER = (context, title, extension, suggestedName) -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(title, "*." + extension));
        chooser.setInitialFileName(suggestedName + "." + extension);
        File file = chooser.showSaveDialog(context.window());
        return Optional.ofNullable(file).map(File::toPath);
    };
}
