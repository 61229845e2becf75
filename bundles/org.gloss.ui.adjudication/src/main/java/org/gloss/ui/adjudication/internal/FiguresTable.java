package org.gloss.ui.adjudication.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.gloss.api.agreement.MeasureValue;
import org.gloss.api.agreement.ScopeFigures;

/**
 * The agreement figures: one row per scope (all codes, each code, then each coder against the
 * consensus coder), one column per installed measure (whatever the services provide), with units
 * and prevalence.
 */
final class FiguresTable {
    /** One row: a scope's name and its figures. */
    record Line(String scope, ScopeFigures figures) {
    }

    private final TableView<Line> table = new TableView<>();

    FiguresTable() {
        table.setId("review-figures");
        // one column per installed measure: wider than the pane when there are many, so it scrolls
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new javafx.scene.control.Label("No figures yet"));
    }

    TableView<Line> node() {
        return table;
    }

    void show(ComparisonSnapshot snapshot) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("All codes", snapshot.figures().overall()));
        snapshot.figures().codes().forEach((code, figures) -> lines.add(new Line(code, figures)));
        snapshot.againstConsensus().forEach((coder, figures) -> lines.add(
                new Line(coder + " vs " + snapshot.query().consensus(), figures)));
        Map<String, String> measures = new LinkedHashMap<>();
        for (MeasureValue v : snapshot.figures().overall().values()) {
            measures.putIfAbsent(v.measureId(), v.displayName());
        }
        List<TableColumn<Line, String>> columns = new ArrayList<>();
        columns.add(column("Scope", "scope", line -> line.scope()));
        columns.add(column("Units", "units", line -> String.format(Locale.ROOT, "%,d", line.figures().units())));
        columns.add(column("Prevalence", "prevalence", line -> number(line.figures().prevalence())));
        measures.forEach((id, name) -> columns.add(column(name, id, line -> number(line.figures().value(id)))));
        table.getColumns().setAll(columns);
        table.getItems().setAll(lines);
    }

    void clear() {
        table.getItems().clear();
    }

    private static TableColumn<Line, String> column(String title, String id, java.util.function.Function<Line, String> value) {
        TableColumn<Line, String> column = new TableColumn<>(title);
        column.setId("figure-" + id);
        column.setPrefWidth(id.equals("scope") ? 150 : Math.max(64, 7.5 * title.length() + 18));
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** Three decimals; an undefined figure (NaN) shows as a dash, as docs/agreement.md explains. */
    static String number(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }
}
