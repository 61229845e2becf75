package org.gloss.api.exporter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of results (an analysis, a listing) as spreadsheets and CSV files hold it: a name,
 * column headers and rows of cells. Cells are {@link String}s, {@link Long}s, {@link Double}s or
 * null (empty).
 *
 * @param name    what the table shows, used as a sheet name
 * @param heatMap whether the numeric cells form a matrix worth shading by value
 */
public record ResultTable(String name, List<String> columns, List<List<Object>> rows, boolean heatMap) {
    public ResultTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
            copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = java.util.Collections.unmodifiableList(copied);
    }

    public ResultTable(String name, List<String> columns, List<List<Object>> rows) {
        this(name, columns, rows, false);
    }
}
