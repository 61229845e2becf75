package org.gloss.ui.chart.internal;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import javafx.stage.FileChooser;

import org.gloss.ui.workbench.api.WorkbenchContext;

/** Where an exported chart goes: a save-file chooser in the workbench, a fixed file in tests. */
interface FileTargets {
    Optional<Path> choose(WorkbenchContext context, String format, String suggestedName);

    /** The JavaFX save-file chooser. */
    FileTargets CHOOSER = (context, format, suggestedName) -> {
        FileChooser chooser = new FileChooser();
        String upper = format.toUpperCase(Locale.ROOT);
        chooser.setTitle("Export chart as " + upper);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(upper + " image", "*." + format));
        chooser.setInitialFileName(suggestedName + "." + format);
        File file = chooser.showSaveDialog(context.window());
        return Optional.ofNullable(file).map(File::toPath);
    };
}
