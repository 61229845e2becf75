package org.gloss.ui.cases.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.gloss.model.AttributeType;
import org.gloss.model.Document;

/** The dialogs of the cases views; each names its fields for screen readers and starts in its first field. */
final class Prompts {
    /** A new smart set: its name and its condition. */
    record SmartSet(String name, String condition) {
    }

    /** A new classification sheet column. */
    record Column(String key, AttributeType type) {
    }

    private final Supplier<Window> owner;

    Prompts(Supplier<Window> owner) {
        this.owner = owner;
    }

    Optional<String> name(String title, String label, String initial) {
        Dialog<String> dialog = dialog(title);
        TextField name = field("prompt-name", label, initial);
        dialog.getDialogPane().setContent(form(new Label(label), name));
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(name.textProperty().map(t -> t == null || t.isBlank()));
        dialog.setResultConverter(b -> b == ButtonType.OK ? name.getText().strip() : null);
        dialog.setOnShown(e -> name.requestFocus());
        return dialog.showAndWait();
    }

    Optional<String> description(String title, String initial) {
        Dialog<String> dialog = dialog(title);
        TextField text = field("prompt-description", "Description", initial);
        text.setPrefColumnCount(36);
        dialog.getDialogPane().setContent(form(new Label("Description"), text));
        dialog.setResultConverter(b -> b == ButtonType.OK ? text.getText().strip() : null);
        dialog.setOnShown(e -> text.requestFocus());
        return dialog.showAndWait();
    }

    Optional<SmartSet> smartSet(Supplier<List<Document>> documents) {
        Dialog<SmartSet> dialog = dialog("New smart set");
        TextField name = field("prompt-name", "Set name", "");
        ConditionField condition = new ConditionField("prompt-condition", documents);
        condition.setPrefWidth(420);
        GridPane form = form(new Label("Name"), name);
        Label conditionLabel = new Label("Condition");
        conditionLabel.setLabelFor(condition.field());
        form.addRow(1, conditionLabel, condition);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> name.getText() == null || name.getText().isBlank() || !condition.validProperty().get(),
                        name.textProperty(), condition.validProperty()));
        dialog.setResultConverter(b -> b == ButtonType.OK ? new SmartSet(name.getText().strip(), condition.text()) : null);
        dialog.setOnShown(e -> name.requestFocus());
        return dialog.showAndWait();
    }

    /** Documents chosen from a list (several with Shift/Ctrl); empty when cancelled. */
    List<Document> documents(String title, List<Document> choices) {
        Dialog<List<Document>> dialog = dialog(title);
        ListView<Document> list = new ListView<>();
        list.setId("prompt-documents");
        list.setAccessibleText("Documents");
        list.setAccessibleHelp("Select one or more documents (Shift or Ctrl for several), then press OK");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Document d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.name());
            }
        });
        list.getItems().setAll(choices);
        list.setPrefSize(360, 260);
        if (!choices.isEmpty()) {
            list.getSelectionModel().select(0);
        }
        dialog.getDialogPane().setContent(list);
        dialog.setResultConverter(b -> b == ButtonType.OK ? List.copyOf(list.getSelectionModel().getSelectedItems()) : null);
        dialog.setOnShown(e -> list.requestFocus());
        return dialog.showAndWait().orElse(List.of());
    }

    Optional<Column> column() {
        Dialog<Column> dialog = dialog("Add attribute");
        TextField key = field("prompt-attribute", "Attribute name", "");
        ComboBox<AttributeType> type = new ComboBox<>();
        type.setId("prompt-attribute-type");
        type.setAccessibleText("Attribute type");
        type.getItems().setAll(AttributeType.values());
        type.setValue(AttributeType.TEXT);
        GridPane form = form(new Label("Name"), key);
        Label typeLabel = new Label("Type");
        typeLabel.setLabelFor(type);
        form.addRow(1, typeLabel, type);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(key.textProperty().map(t -> t == null || t.isBlank()));
        dialog.setResultConverter(b -> b == ButtonType.OK ? new Column(key.getText().strip(), type.getValue()) : null);
        dialog.setOnShown(e -> key.requestFocus());
        return dialog.showAndWait();
    }

    boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(true);
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private <T> Dialog<T> dialog(String title) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(true);
        ButtonBar.setButtonUniformSize(dialog.getDialogPane().lookupButton(ButtonType.CANCEL), true);
        return dialog;
    }

    private static TextField field(String id, String name, String initial) {
        TextField field = new TextField(initial);
        field.setId(id);
        field.setAccessibleText(name);
        field.setPrefColumnCount(24);
        return field;
    }

    private static GridPane form(Label label, Node field) {
        label.setLabelFor(field);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(10));
        form.addRow(0, label, field);
        return form;
    }
}
