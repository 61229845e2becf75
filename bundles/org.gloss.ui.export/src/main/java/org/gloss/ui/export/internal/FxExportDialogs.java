package org.gloss.ui.export.internal;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.ExportScope;
import org.gloss.api.exporter.Exporter;
import org.gloss.ui.workbench.api.WorkbenchContext;

/** The export questions as JavaFX dialogs: a dialog for the scope and the exporter's options, then a save-file chooser. */
final class FxExportDialogs implements ExportDialogs {
    static final String ALL = "(all)";

    @Override
    public Optional<ExportRequest> chooseRequest(WorkbenchContext context, Exporter exporter, ScopeOptions options) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(context.window());
        dialog.setTitle("Export " + exporter.displayName());
        dialog.setHeaderText("Which codings should the export contain?");
        ComboBox<String> document = choice("export-scope-document", options.documents(), options.suggested().document());
        ComboBox<String> code = choice("export-scope-code", options.codes(), options.suggested().code());
        ComboBox<String> coder = choice("export-scope-coder", options.coders(), options.suggested().coder());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Document"), document);
        grid.addRow(1, new Label("Code"), code);
        grid.addRow(2, new Label("Coder"), coder);
        OptionFields optionFields = new OptionFields(exporter);
        dialog.getDialogPane().setContent(optionFields.isEmpty() ? grid
                : new VBox(12, grid, new Separator(), new Label("Options"), optionFields.node()));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != ButtonType.OK) {
            return Optional.empty();
        }
        return Optional.of(new ExportRequest(new ExportScope(chosen(document), chosen(code), chosen(coder)),
                optionFields.values()));
    }

    private static ComboBox<String> choice(String id, List<String> names, String suggested) {
        List<String> items = new ArrayList<>();
        items.add(ALL);
        items.addAll(names);
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.setValue(suggested == null ? ALL : suggested);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static String chosen(ComboBox<String> box) {
        return box.getValue() == null || ALL.equals(box.getValue()) ? null : box.getValue();
    }

    @Override
    public Optional<Path> chooseTarget(WorkbenchContext context, Exporter exporter, Path suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + exporter.displayName());
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(exporter.displayName(), "*." + exporter.fileExtension()));
        if (suggested.getParent() != null && suggested.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(suggested.getParent().toFile());
        }
        chooser.setInitialFileName(suggested.getFileName().toString());
        File file = chooser.showSaveDialog(context.window());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
