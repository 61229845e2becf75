package org.gloss.ui.workbench.internal.shell;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Font;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.gloss.ui.workbench.api.WorkbenchPreferences;

/** Edit > Preferences: every setting applies at once and is kept for the next run. */
final class PreferencesDialog {
    private PreferencesDialog() {
    }

    static Dialog<Void> show(Window owner, WorkbenchPreferences preferences) {
        ComboBox<String> font = new ComboBox<>();
        font.setId("preference-font");
        font.getItems().setAll(Font.getFamilies());
        font.valueProperty().bindBidirectional(preferences.textFont());
        Spinner<Double> size = new Spinner<>();
        size.setId("preference-size");
        SpinnerValueFactory.DoubleSpinnerValueFactory sizes = new SpinnerValueFactory.DoubleSpinnerValueFactory(
                WorkbenchPreferences.MIN_TEXT_SIZE, WorkbenchPreferences.MAX_TEXT_SIZE, preferences.textSize().get(), 1);
        size.setValueFactory(sizes);
        size.setEditable(true);
        sizes.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                preferences.textSize().set(now);
            }
        });
        preferences.textSize().addListener((o, was, now) -> sizes.setValue(now.doubleValue()));
        CheckBox dark = new CheckBox("Dark theme");
        dark.setId("preference-dark");
        dark.selectedProperty().bindBidirectional(preferences.darkTheme());
        CheckBox snap = new CheckBox("Mouse selections snap to whole words (hold Alt for exact characters)");
        snap.setId("preference-snap");
        snap.selectedProperty().bindBidirectional(preferences.snapToWords());
        ComboBox<WorkbenchPreferences.Stripes> stripes = new ComboBox<>();
        stripes.setId("preference-stripes");
        stripes.getItems().setAll(WorkbenchPreferences.Stripes.values());
        stripes.setConverter(new StringConverter<>() {
            @Override
            public String toString(WorkbenchPreferences.Stripes value) {
                return value == WorkbenchPreferences.Stripes.PER_CODER ? "One per code and coder (with initials)" : "One per code";
            }

            @Override
            public WorkbenchPreferences.Stripes fromString(String text) {
                return null;
            }
        });
        stripes.valueProperty().bindBidirectional(preferences.stripes());
        TextField coder = new TextField();
        coder.setId("preference-coder");
        coder.setPromptText(System.getProperty("user.name", ""));
        coder.textProperty().bindBidirectional(preferences.defaultCoder());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        row(grid, 0, "Text font", font, "The font of document text");
        row(grid, 1, "Text size", size, "The size of document text in pixels; Ctrl+plus, Ctrl+minus and Ctrl+0 in a document too");
        row(grid, 2, "Coding stripes", stripes, "How the margin beside the text draws codings");
        row(grid, 3, "Default coder", coder, "The coder offered first when you open a project (empty: your login name)");
        grid.add(dark, 1, 4);
        grid.add(snap, 1, 5);
        dark.setAccessibleHelp("Light text on a dark background");
        snap.setAccessibleHelp("A selection made with the mouse grows to whole words; keyboard selections never snap");

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Preferences");
        dialog.setHeaderText("Changes apply at once and are kept for the next run");
        dialog.getDialogPane().setId("preferences");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.setOnShown(e -> font.requestFocus());
        dialog.show();
        return dialog;
    }

    private static void row(GridPane grid, int row, String text, javafx.scene.control.Control control, String help) {
        Label label = new Label(text);
        label.setLabelFor(control);
        control.setAccessibleText(text);
        control.setAccessibleHelp(help);
        grid.add(label, 0, row);
        grid.add(control, 1, row);
    }
}
