package org.gloss.ui.suggest.internal;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.gloss.core.suggest.AuditTables;
import org.gloss.ui.workbench.api.FittingColumns;

/** One of the audit's tables ({@link AuditTables.Table}) as a table view: the command line's cells, column for column. */
final class TextTable {
    private final TableView<List<String>> table = new TableView<>();

    TextTable(String id, String accessibleText) {
        table.setId(id);
        table.setAccessibleText(accessibleText);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    TableView<List<String>> node() {
        return table;
    }

    void show(AuditTables.Table shown) {
        table.getColumns().clear();
        for (int c = 0; c < shown.header().size(); c++) {
            final int column = c;
            TableColumn<List<String>, String> col = new TableColumn<>(shown.header().get(c));
            col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().get(column)));
            col.setSortable(false);
            if (c > 1) {
                col.setStyle("-fx-alignment: CENTER-RIGHT;");
            }
            table.getColumns().add(col);
        }
        table.getItems().setAll(shown.rows());
        for (TableColumn<List<String>, ?> col : table.getColumns()) {
            int index = table.getColumns().indexOf(col);
            @SuppressWarnings("unchecked")
            TableColumn<List<String>, String> typed = (TableColumn<List<String>, String>) col;
            FittingColumns.fit(table, typed, row -> row.get(index), 420);
        }
        // tall enough for every row, so the tables stack in one scrolling page
        table.setFixedCellSize(26);
        table.setPrefHeight(34 + 26 * shown.rows().size()); // the header, the rows, the borders
        table.setMinHeight(table.getPrefHeight());
    }
}
