package org.gloss.ui.cases.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.Case;
import org.gloss.ui.workbench.api.WorkbenchContext;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.Workspace;

/**
 * The classification sheet: one row per case, one column per case attribute, each cell editable
 * (Enter or F2 edits, Enter stores, Escape cancels). A value that is not of its column's type is
 * refused with a message under the table; an emptied cell removes the attribute.
 */
final class SheetPane extends BorderPane {
    private final WorkbenchContext context;
    private final CaseEdits edits;
    private final Prompts prompts;
    private final SheetColumns columns = new SheetColumns();
    private final TableView<Case> table = new TableView<>();
    private final Label message = new Label();
    /** A refresh that came while a cell was being edited: done when the edit ends, not cancelling it. */
    private boolean refreshAfterEdit;

    SheetPane(WorkbenchContext context) {
        this.context = context;
        this.edits = new CaseEdits(context);
        this.prompts = new Prompts(context::window);
        setId("sheet-view");
        table.setId("sheet-table");
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setAccessibleText("Classification sheet");
        table.setAccessibleHelp("One row per case, one column per attribute; arrow keys move, Enter edits a value and stores it");
        table.setPlaceholder(new Label("No cases yet: make them in the Cases & Sets view."));
        message.setId("sheet-message");
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        Button addColumn = new Button("Add attribute…");
        addColumn.setId("sheet-add-attribute");
        addColumn.setMnemonicParsing(false);
        addColumn.setTooltip(new Tooltip("Add a column (an attribute of text, numbers or dates) to the sheet"));
        addColumn.setOnAction(e -> addColumn());
        HBox bar = new HBox(8, addColumn, message);
        HBox.setHgrow(message, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4));
        setTop(bar);
        setCenter(table);
        table.editingCellProperty().addListener((o, was, now) -> {
            if (now == null && refreshAfterEdit) {
                refreshAfterEdit = false;
                javafx.application.Platform.runLater(this::refresh);
            }
        });
        WorkspaceFollower.follow(context, EnumSet.of(Change.Kind.CASES, Change.Kind.PROJECT), this::refresh);
    }

    void refresh() {
        if (table.getEditingCell() != null) {
            refreshAfterEdit = true;
            return;
        }
        Workspace workspace = context.workspace();
        List<Case> cases = workspace == null ? List.of() : workspace.session().cases().list();
        Map<String, AttributeType> keys = columns.of(cases);
        TableColumn<Case, String> name = new TableColumn<>("Case");
        name.setId("sheet-case");
        name.setEditable(false);
        name.setPrefWidth(160);
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        table.getColumns().setAll(List.of(name));
        keys.forEach((key, type) -> table.getColumns().add(column(key, type)));
        int row = table.getSelectionModel().getSelectedIndex();
        table.getItems().setAll(cases);
        if (row >= 0 && row < cases.size()) {
            table.getSelectionModel().select(row);
        }
    }

    private TableColumn<Case, String> column(String key, AttributeType type) {
        String typeName = type == null ? "mixed" : type.name().toLowerCase(Locale.ROOT);
        TableColumn<Case, String> column = new TableColumn<>(key + " (" + typeName + ")");
        column.setId("sheet-attr-" + key);
        column.setPrefWidth(Math.max(110, 9 * (key.length() + typeName.length() + 3)));
        column.setCellValueFactory(c -> {
            AttributeValue value = c.getValue().attributes().get(key);
            return new ReadOnlyStringWrapper(value == null ? "" : value.value());
        });
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> store(e.getRowValue(), key, type, e.getNewValue()));
        return column;
    }

    private void store(Case c, String key, AttributeType type, String raw) {
        AttributeValue value;
        try {
            value = SheetColumns.value(type, raw);
        } catch (IllegalArgumentException e) {
            message.setText("gloss: error: " + c.name() + ", " + key + ": " + e.getMessage() + " — not stored");
            message.setStyle("-fx-text-fill: #B00020;");
            table.refresh();
            return;
        }
        AttributeValue before = c.attributes().get(key);
        if (value == null ? before == null : value.equals(before)) {
            table.refresh();
            return;
        }
        if (edits.setAttribute(c.id(), key, value)) {
            message.setStyle("");
            message.setText(value == null ? c.name() + ": removed " + key
                    : c.name() + ": " + key + " = " + value.value() + " (" + value.type().name().toLowerCase(Locale.ROOT) + ")");
        }
    }

    private void addColumn() {
        prompts.column().ifPresent(column -> {
            columns.add(column.key(), column.type());
            refresh();
            message.setStyle("");
            message.setText("Added attribute " + column.key() + "; values are stored as they are entered");
        });
    }
}
