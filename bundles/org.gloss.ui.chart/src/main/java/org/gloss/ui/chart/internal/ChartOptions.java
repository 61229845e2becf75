package org.gloss.ui.chart.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

import org.gloss.api.chart.ChartKind;
import org.gloss.api.chart.ChartOption;
import org.gloss.model.Document;
import org.gloss.ui.workbench.model.Workspace;

/**
 * The chosen kind's options as controls, made from what the kind declares
 * ({@link ChartKind#options()}): a list for options with choices (a choice like {@code attr:}
 * offers every attribute of the project's documents), a field for free values (a threshold, a
 * number of tiles). What was chosen for a kind is kept while other kinds are shown.
 */
final class ChartOptions {
    private final FlowPane node = new FlowPane(8, 6);
    private final Map<String, Map<String, String>> chosenByKind = new HashMap<>();
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private List<String> attributeKeys = List.of();
    private ChartKind kind;
    private Runnable onChange = () -> { };
    private boolean building;

    ChartOptions() {
        node.setId("chart-options");
        node.setAlignment(Pos.CENTER_LEFT);
    }

    Node node() {
        return node;
    }

    void setOnChange(Runnable action) {
        onChange = action;
    }

    /** The attribute keys of the project's documents, for choices such as {@code attr:KEY}. */
    void refresh(Workspace workspace) {
        TreeSet<String> keys = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (workspace != null) {
            for (Document d : workspace.documents()) {
                keys.addAll(d.attributes().keySet());
            }
        }
        List<String> now = List.copyOf(keys);
        if (!now.equals(attributeKeys)) {
            attributeKeys = now;
            show(kind);
        }
    }

    /** Shows the controls of this kind with what was chosen for it before. */
    void show(ChartKind newKind) {
        kind = newKind;
        building = true;
        try {
            node.getChildren().clear();
            controls.clear();
            if (kind == null) {
                return;
            }
            Map<String, String> chosen = chosenByKind.computeIfAbsent(kind.id(), k -> new HashMap<>());
            for (ChartOption option : kind.options()) {
                Control control = option.choices().isEmpty() ? field(option, chosen) : choices(option, chosen);
                control.setId("chart-option-" + option.name());
                if (option.description() != null) {
                    control.setTooltip(new Tooltip(option.description()));
                }
                controls.put(option.name(), control);
                Label label = new Label(label(option.name()));
                label.setLabelFor(control);
                node.getChildren().addAll(label, control);
            }
        } finally {
            building = false;
        }
    }

    private ComboBox<String> choices(ChartOption option, Map<String, String> chosen) {
        List<String> values = new ArrayList<>();
        for (String choice : option.choices()) {
            if (choice.endsWith(":")) {
                attributeKeys.forEach(key -> values.add(choice + key));
            } else {
                values.add(choice);
            }
        }
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(values);
        String value = chosen.getOrDefault(option.name(), option.defaultValue());
        box.setValue(value != null && values.contains(value) ? value : values.isEmpty() ? null : values.get(0));
        box.setOnAction(e -> {
            if (!building) {
                chosen.put(option.name(), box.getValue());
                onChange.run();
            }
        });
        return box;
    }

    private TextField field(ChartOption option, Map<String, String> chosen) {
        TextField field = new TextField(chosen.getOrDefault(option.name(), ""));
        field.setPromptText(option.defaultValue() == null ? option.name() : option.defaultValue());
        field.setPrefColumnCount(Math.max(4, Math.min(12, field.getPromptText().length() + 1)));
        field.setOnAction(e -> {
            chosen.put(option.name(), field.getText().strip());
            onChange.run();
        });
        field.focusedProperty().addListener((o, was, now) -> {
            String text = field.getText().strip();
            if (!now && !text.equals(chosen.getOrDefault(option.name(), ""))) {
                chosen.put(option.name(), text);
                onChange.run();
            }
        });
        return field;
    }

    /** "by" as "By", "subcodes" as "Sub-codes": option names as a label reads them. */
    static String label(String name) {
        String spaced = name.equals("subcodes") ? "sub-codes" : name.replace('_', ' ').replace('-', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** The options as chosen (free fields left empty are left out: the kind's default applies). */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        if (kind == null) {
            return values;
        }
        for (ChartOption option : kind.options()) {
            Control control = controls.get(option.name());
            String value = control instanceof ComboBox<?> box ? (String) box.getValue()
                    : control instanceof TextField field ? field.getText().strip() : null;
            if (value != null && !value.isEmpty()) {
                values.put(option.name(), value);
            }
        }
        return values;
    }

    /** Sets an option as a user would (tests). */
    void set(String name, String value) {
        Control control = controls.get(name);
        if (control instanceof ComboBox<?> box) {
            @SuppressWarnings("unchecked")
            ComboBox<String> strings = (ComboBox<String>) box;
            strings.setValue(value);
        } else if (control instanceof TextField field) {
            field.setText(value);
            field.fireEvent(new javafx.event.ActionEvent());
        }
    }
}
