package org.gloss.ui.analysis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.gloss.api.exporter.ResultTable;

/**
 * Any result table (frequencies, word frequencies) as a sortable table: numbers right-aligned and
 * rounded to three decimals, sorted as numbers. Each row keeps the result it shows ({@code source}),
 * so selections survive sorting.
 */
final class ResultTableView<T> {
    /** A table row: its cells and the result object behind it. */
    record Row<T>(List<Object> cells, T source) {
    }

    private final TableView<Row<T>> table = new TableView<>();

    ResultTableView(String id) {
        table.setId(id);
        table.setPlaceholder(new javafx.scene.control.Label("Nothing to show"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    TableView<Row<T>> node() {
        return table;
    }

    /** Shows a table; {@code sources} are the results behind its rows, in order (shorter: the rest have none). */
    void show(ResultTable result, List<T> sources) {
        if (!sameColumns(result)) {
            List<TableColumn<Row<T>, ?>> columns = new ArrayList<>();
            for (int c = 0; c < result.columns().size(); c++) {
                int index = c;
                // headers read as words ("codings with subcodes"); exports keep the names of the command line
                TableColumn<Row<T>, Object> column = new TableColumn<>(result.columns().get(c).replace('_', ' '));
                column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().cells().get(index)));
                column.setCellFactory(x -> new TableCell<>() {
                    @Override
                    protected void updateItem(Object item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty ? null : format(item));
                        setStyle(item instanceof Number ? "-fx-alignment: CENTER-RIGHT;" : "");
                    }
                });
                column.setComparator(VALUES);
                column.setPrefWidth(c == 0 ? 160 : 95);
                columns.add(column);
            }
            table.getColumns().setAll(columns);
        }
        List<Row<T>> rows = new ArrayList<>();
        for (int r = 0; r < result.rows().size(); r++) {
            rows.add(new Row<>(result.rows().get(r), r < sources.size() ? sources.get(r) : null));
        }
        table.getItems().setAll(rows);
        table.sort();
    }

    private boolean sameColumns(ResultTable result) {
        if (table.getColumns().size() != result.columns().size()) {
            return false;
        }
        for (int c = 0; c < result.columns().size(); c++) {
            if (!table.getColumns().get(c).getText().equals(result.columns().get(c).replace('_', ' '))) {
                return false;
            }
        }
        return true;
    }

    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "" : new java.math.BigDecimal(d).setScale(3, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    /** Numbers before text, numbers by value, text alphabetically; empty cells last. */
    private static final Comparator<Object> VALUES = (a, b) -> {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Number) {
            return -1;
        }
        if (b instanceof Number) {
            return 1;
        }
        return a.toString().compareToIgnoreCase(b.toString());
    };
}
