package org.gloss.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.CodeMatrix;
import org.gloss.api.analysis.MatrixRequest;
import org.gloss.api.analysis.MatrixValue;
import org.gloss.api.analysis.Percentages;
import org.gloss.core.project.ProjectErrors;
import org.gloss.model.IntervalSet;

/**
 * Code matrices and crosstabs. Every number comes from one pass over a column's documents
 * ({@link #values}); the row totals are the same pass over all documents in scope, the column
 * totals the same pass with all row codes as one; the passages behind a cell are listed by the
 * same rules ({@link #cellSegments}).
 */
final class MatrixBuilder {
    private final ProjectData data;

    MatrixBuilder(ProjectData data) {
        this.data = data;
    }

    /** The rows (codes and the codes each counts) and columns (documents and coder groups) of a request. */
    private record Layout(Scope scope, int[] rows, boolean[][] rowSets, int[][] rowsOfCode, List<Column> columns) {
    }

    /**
     * A column: its documents, and the coder groups whose coverage is measured (one group per
     * column for coder columns; the filter's groups otherwise).
     */
    private record Column(String label, int[] documents, List<Scope.CoderGroup> groups, boolean[] coders, ProjectData source) {
        static Column of(String label, int[] documents, List<Scope.CoderGroup> groups, ProjectData source) {
            boolean[] coders = new boolean[source.coders.size()];
            for (Scope.CoderGroup g : groups) {
                for (int c = 0; c < coders.length; c++) {
                    coders[c] |= g.members()[c];
                }
            }
            return new Column(label, documents, groups, coders, source);
        }
    }

    CodeMatrix build(MatrixRequest request) {
        if (request.value() == MatrixValue.SHARE && request.percentages() != Percentages.NONE) {
            throw AnalysisErrors.percentOfShare();
        }
        Layout layout = layout(request);
        int rowCount = layout.rows().length;
        double[][] cells = new double[rowCount][layout.columns().size()];
        for (int c = 0; c < layout.columns().size(); c++) {
            double[] column = values(request.value(), layout.columns().get(c), layout.rowSets(), layout.rowsOfCode());
            for (int r = 0; r < rowCount; r++) {
                cells[r][c] = column[r];
            }
        }
        Column everything = Column.of("total", layout.scope().documents(), layout.scope().groups(), data);
        double[] rowTotals = values(request.value(), everything, layout.rowSets(), layout.rowsOfCode());
        double[] columnTotals = columnTotals(request.value(), layout);
        if (request.percentages() != Percentages.NONE) {
            for (int r = 0; r < rowCount; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    double total = request.percentages() == Percentages.ROW ? rowTotals[r] : columnTotals[c];
                    cells[r][c] = total == 0 ? 0 : 100 * cells[r][c] / total;
                }
            }
        }
        List<String> rows = new ArrayList<>();
        for (int r : layout.rows()) {
            rows.add(data.codes.name(r));
        }
        List<String> columns = layout.columns().stream().map(Column::label).toList();
        return new CodeMatrix(request, rows, columns, DoubleRows.of(cells), DoubleRows.of(rowTotals),
                DoubleRows.of(columnTotals));
    }

    private double[] columnTotals(MatrixValue value, Layout layout) {
        boolean[] anyRow = new boolean[data.codes.size()];
        int[][] allInOne = new int[data.codes.size()][];
        for (int k = 0; k < anyRow.length; k++) {
            for (int r = 0; r < layout.rows().length && !anyRow[k]; r++) {
                anyRow[k] = layout.rowSets()[r][k];
            }
            allInOne[k] = anyRow[k] ? new int[] {0} : new int[0];
        }
        double[] totals = new double[layout.columns().size()];
        for (int c = 0; c < totals.length; c++) {
            Column column = layout.columns().get(c);
            totals[c] = value == MatrixValue.DOCUMENTS ? column.documents().length
                    : values(value, column, new boolean[][] {anyRow}, allInOne)[0];
        }
        return totals;
    }

    /** One value per row for one column. */
    private double[] values(MatrixValue value, Column column, boolean[][] rowSets, int[][] rowsOfCode) {
        double[] v = new double[rowSets.length];
        int[] seenIn = new int[rowSets.length];
        java.util.Arrays.fill(seenIn, -1);
        long length = 0;
        for (int d : column.documents()) {
            length += column.source().scopedLength(d);
            DocumentCodings codings = column.source().codings(d);
            List<Integer> present = new ArrayList<>();
            for (int i = 0; i < codings.size; i++) {
                if (!column.coders()[codings.coder[i]]) {
                    continue;
                }
                for (int r : rowsOfCode[codings.code[i]]) {
                    if (value == MatrixValue.SEGMENTS) {
                        v[r]++;
                    }
                    if (seenIn[r] != d) {
                        seenIn[r] = d;
                        present.add(r);
                    }
                }
            }
            for (int r : present) {
                if (value == MatrixValue.DOCUMENTS) {
                    v[r]++;
                } else if (value == MatrixValue.CHARS || value == MatrixValue.SHARE) {
                    for (Scope.CoderGroup group : column.groups()) {
                        v[r] += column.source().codedLength(d, Coverage.of(codings, rowSets[r], group.members()));
                    }
                }
            }
        }
        if (value == MatrixValue.SHARE) {
            for (int r = 0; r < v.length; r++) {
                v[r] = length == 0 ? 0 : v[r] / length;
            }
        }
        return v;
    }

    List<AnalysisSegment> cellSegments(MatrixRequest request, int row, int column, Segments segments) {
        Layout layout = layout(request);
        if (row < 0 || row >= layout.rows().length || column < 0 || column >= layout.columns().size()) {
            throw new IndexOutOfBoundsException("no cell (" + row + ", " + column + ") in a " + layout.rows().length
                    + " x " + layout.columns().size() + " matrix");
        }
        Column col = layout.columns().get(column);
        boolean[] codes = layout.rowSets()[row];
        String code = data.codes.name(layout.rows()[row]);
        List<AnalysisSegment> found = new ArrayList<>();
        for (int d : col.documents()) {
            DocumentCodings codings = col.source().codings(d);
            if (request.value() == MatrixValue.CHARS || request.value() == MatrixValue.SHARE) {
                for (Scope.CoderGroup group : col.groups()) {
                    IntervalSet runs = Coverage.of(codings, codes, group.members());
                    for (int i = 0; i < runs.size(); i++) {
                        found.add(segments.of(d, runs.start(i), runs.end(i), List.of(code), group.name(), null));
                    }
                }
            } else {
                for (int i = 0; i < codings.size; i++) {
                    if (codes[codings.code[i]] && col.coders()[codings.coder[i]]) {
                        found.add(segments.coding(d, codings, i));
                    }
                }
            }
        }
        return found;
    }

    private Layout layout(MatrixRequest request) {
        Scope scope = ScopeResolver.resolve(data, request.filter());
        int[] rows = rows(request.codes());
        boolean[][] rowSets = new boolean[rows.length][];
        List<List<Integer>> byCode = new ArrayList<>();
        for (int k = 0; k < data.codes.size(); k++) {
            byCode.add(new ArrayList<>());
        }
        for (int r = 0; r < rows.length; r++) {
            rowSets[r] = request.withSubcodes() ? data.codes.withDescendants(rows[r]) : data.codes.exactly(rows[r]);
            for (int k = 0; k < rowSets[r].length; k++) {
                if (rowSets[r][k]) {
                    byCode.get(k).add(r);
                }
            }
        }
        int[][] rowsOfCode = new int[byCode.size()][];
        for (int k = 0; k < rowsOfCode.length; k++) {
            rowsOfCode[k] = byCode.get(k).stream().mapToInt(Integer::intValue).toArray();
        }
        return new Layout(scope, rows, rowSets, rowsOfCode, columns(request, scope));
    }

    private List<Column> columns(MatrixRequest request, Scope scope) {
        List<Column> columns = new ArrayList<>();
        switch (request.columns()) {
            case DOCUMENTS -> {
                for (int d : scope.documents()) {
                    columns.add(Column.of(data.document(d).name(), new int[] {d}, scope.groups(), data));
                }
            }
            case CODERS -> {
                for (int c = 0; c < scope.coders().length; c++) {
                    if (scope.coders()[c]) {
                        boolean[] one = new boolean[scope.coders().length];
                        one[c] = true;
                        columns.add(Column.of(data.coderName(c), scope.documents(),
                                List.of(new Scope.CoderGroup(data.coderName(c), one)), data));
                    }
                }
            }
            case ATTRIBUTE -> {
                for (AttributeColumns.Group group : AttributeColumns.of(data, scope, request.attribute())) {
                    columns.add(Column.of(group.label(), group.documents(), scope.groups(), data));
                }
            }
            case CASES, CASE_ATTRIBUTE -> {
                for (CaseColumns.Group group : CaseColumns.of(data, request.columns(), request.attribute())) {
                    ProjectData view = data.narrowedTo(data.caseScope.and(group.cases(), data.documents));
                    int[] documents = java.util.Arrays.stream(scope.documents())
                            .filter(d -> view.caseScope.includesDocument(data.document(d).id())).toArray();
                    columns.add(Column.of(group.label(), documents, scope.groups(), view));
                }
            }
        }
        return columns;
    }

    private int[] rows(List<String> names) {
        if (names.isEmpty()) {
            int[] all = new int[data.codes.size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        java.util.TreeSet<Integer> indices = new java.util.TreeSet<>();
        for (String name : names) {
            indices.add(data.codes.find(name).orElseThrow(() -> ProjectErrors.unknownCode(name)));
        }
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }
}
