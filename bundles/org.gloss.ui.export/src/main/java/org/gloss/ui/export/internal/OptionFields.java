package org.gloss.ui.export.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

import org.gloss.api.exporter.Exporter;

/**
 * The options an exporter declares, as form fields: a check box for each switch, a text field for
 * each other option (left empty, the exporter's default applies), each with its one-line help.
 * The values are what {@code gloss export -O name=value} would pass, so the workbench and the
 * command line write the same file.
 */
final class OptionFields {
    private final Map<String, Control> fields = new LinkedHashMap<>();
    private final GridPane grid = new GridPane();

    OptionFields(Exporter exporter) {
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        for (Map.Entry<String, String> option : new TreeMap<>(exporter.options()).entrySet()) {
            String name = option.getKey();
            String help = option.getValue();
            Control field;
            if (exporter.flags().contains(name)) {
                CheckBox box = new CheckBox(name);
                box.setMnemonicParsing(false);
                field = box;
                grid.add(box, 0, row, 2, 1);
            } else {
                TextField text = new TextField();
                text.setPromptText("default");
                text.setPrefColumnCount(14);
                field = text;
                Label label = new Label(name);
                label.setMnemonicParsing(false);
                grid.addRow(row, label, text);
            }
            field.setId("export-option-" + name);
            field.setTooltip(new Tooltip(help));
            fields.put(name, field);
            Label helpLabel = new Label(help);
            helpLabel.setWrapText(true);
            helpLabel.setMaxWidth(380);
            helpLabel.getStyleClass().add("export-option-help");
            helpLabel.setStyle("-fx-text-fill: #555; -fx-font-size: 0.9em;");
            grid.add(helpLabel, 0, ++row, 2, 1);
            row++;
        }
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    Node node() {
        return grid;
    }

    /** The options set: ticked switches as "true", non-blank text fields stripped; nothing else. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            if (field instanceof CheckBox box && box.isSelected()) {
                values.put(name, "true");
            } else if (field instanceof TextField text && !text.getText().isBlank()) {
                values.put(name, text.getText().strip());
            }
        });
        return values;
    }
}
