package org.gloss.ui.workbench.internal.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.gloss.api.importer.DocumentImporter;
import org.gloss.api.importer.ImportedText;
import org.gloss.core.importing.DocumentImports;

/**
 * Which importer reads each chosen file. A file's extension names one importer; but a text file of
 * {@code Speaker: words} lines is also a transcript, which the transcript importer reads with its
 * speaker turns. When another installed importer reads the file as well and finds structure in it
 * (speaker turns), the user chooses, with that importer offered first; otherwise nothing is asked.
 */
final class ImporterChoice {
    private ImporterChoice() {
    }

    /** The importer per file (null: by extension), or empty when the user cancelled. */
    static Optional<Map<Path, String>> choose(Window owner, List<Path> files, List<DocumentImporter> importers) {
        Map<Path, String> chosen = new LinkedHashMap<>();
        Map<Path, List<DocumentImporter>> questions = new LinkedHashMap<>();
        for (Path file : files) {
            chosen.put(file, null);
            List<DocumentImporter> fitting = fitting(file, importers);
            if (fitting.size() > 1) {
                questions.put(file, fitting);
            }
        }
        if (questions.isEmpty()) {
            return Optional.of(chosen);
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        Map<Path, ComboBox<DocumentImporter>> boxes = new LinkedHashMap<>();
        int row = 0;
        for (Map.Entry<Path, List<DocumentImporter>> question : questions.entrySet()) {
            Label name = new Label(question.getKey().getFileName().toString());
            ComboBox<DocumentImporter> box = new ComboBox<>();
            box.setId("importer-choice-" + row);
            box.getItems().setAll(question.getValue());
            box.setValue(question.getValue().get(0));
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(DocumentImporter importer) {
                    return importer == null ? "" : importer.displayName();
                }

                @Override
                public DocumentImporter fromString(String text) {
                    return null;
                }
            });
            box.setAccessibleText("Importer for " + name.getText());
            name.setLabelFor(box);
            grid.addRow(row++, name, box);
            boxes.put(question.getKey(), box);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import documents");
        dialog.setHeaderText("These files can be read in more than one way. How should they be imported?");
        dialog.getDialogPane().setId("importer-choice");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return Optional.empty();
        }
        boxes.forEach((file, box) -> chosen.put(file, box.getValue().id()));
        return Optional.of(chosen);
    }

    /**
     * The importers that read the file: those that found speaker turns in it first (they keep more
     * of it), then the one its extension names. A file only one importer reads gives one.
     */
    static List<DocumentImporter> fitting(Path file, List<DocumentImporter> importers) {
        Optional<DocumentImporter> byExtension = DocumentImports.importerFor(importers, file);
        List<DocumentImporter> fitting = new ArrayList<>();
        for (DocumentImporter importer : importers) {
            if (byExtension.isPresent() && importer == byExtension.get()) {
                continue;
            }
            if (findsTurns(importer, file)) {
                fitting.add(importer);
            }
        }
        byExtension.ifPresent(fitting::add);
        return fitting;
    }

    /** Whether the importer reads the file (of another extension than its own) as a transcript. */
    private static boolean findsTurns(DocumentImporter importer, Path file) {
        String extension = DocumentImports.extension(file);
        if (!isPlainText(extension)) {
            return false; // only plain text is also something else; a PDF is never a transcript
        }
        try {
            ImportedText read = importer.read(file);
            return read.turns().size() >= 2;
        } catch (RuntimeException notThisFormat) {
            return false;
        }
    }

    private static boolean isPlainText(String extension) {
        return extension.equals("txt") || extension.equals("md");
    }
}
