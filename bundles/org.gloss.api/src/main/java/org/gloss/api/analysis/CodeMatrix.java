package org.gloss.api.analysis;

import java.util.List;

/**
 * A code matrix. Totals are always in the unit of {@link MatrixRequest#value()} (never
 * percentages): a row total is the value of the code over every column together, a column total
 * the value of every row code together in that column, except for documents, where it is the
 * number of documents in the column (the base of column percentages); see docs/analysis.md.
 *
 * @param rows         the row codes, in codebook order
 * @param columns      the column labels (document names, coder names, attribute values)
 * @param cells        cells[row][column], as counted or as percentages of the row's or column's total;
 *                     unmodifiable lists given by the engine (not copied: a matrix can have a million cells)
 * @param rowTotals    one per row
 * @param columnTotals one per column
 */
public record CodeMatrix(MatrixRequest request, List<String> rows, List<String> columns, List<List<Double>> cells,
                         List<Double> rowTotals, List<Double> columnTotals) {
    public CodeMatrix {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        rowTotals = List.copyOf(rowTotals);
        columnTotals = List.copyOf(columnTotals);
    }

    public double cell(int row, int column) {
        return cells.get(row).get(column);
    }
}
