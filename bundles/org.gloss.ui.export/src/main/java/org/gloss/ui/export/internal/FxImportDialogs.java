package org.gloss.ui.export.internal;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.stage.FileChooser;

import org.gloss.ui.workbench.api.WorkbenchContext;

/** The import questions as JavaFX file choosers. */
final class FxImportDialogs implements ImportDialogs {
    @Override
    public Optional<Path> chooseFile(WorkbenchContext context, String title, String formatName, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(formatName, extensions.stream().map(e -> "*." + e).toList()));
        return Optional.ofNullable(chooser.showOpenDialog(context.window())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseNewProject(WorkbenchContext context, Path suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Create the imported project as");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Gloss projects", "*.gloss"));
        if (suggested.getParent() != null && suggested.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(suggested.getParent().toFile());
        }
        chooser.setInitialFileName(suggested.getFileName().toString());
        return Optional.ofNullable(chooser.showSaveDialog(context.window())).map(File::toPath);
    }
}
