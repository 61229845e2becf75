package org.gloss.ui.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.gloss.api.analysis.CodeMatrix;
import org.gloss.api.analysis.MatrixColumns;
import org.gloss.api.analysis.MatrixRequest;
import org.gloss.api.analysis.MatrixValue;
import org.gloss.api.analysis.Percentages;
import org.gloss.api.error.GlossException;
import org.gloss.model.Document;
import org.gloss.ui.workbench.api.WorkbenchContext;

/**
 * Codes by documents, coders or attribute values (a crosstab) as a heat map with totals, any value
 * and percentage; double-clicking a cell lists exactly the passages behind its number.
 */
final class MatrixPane {
    static final String DOCUMENTS = "Documents";
    static final String CODERS = "Coders";
    static final String ATTRIBUTE = "Attribute: ";

    private final WorkbenchContext context;
    private final Services services;
    private final BorderPane node = new BorderPane();
    private final ComboBox<String> columns = new ComboBox<>();
    private final ComboBox<MatrixValue> value = new ComboBox<>();
    private final ComboBox<Percentages> percent = new ComboBox<>();
    private final CheckBox withSubcodes = new CheckBox("With sub-codes");
    private final CheckBox symbols = new CheckBox("Symbols");
    private final FilterBar filter;
    private final HeatMap map = new HeatMap("matrix-map");
    private final SegmentTable passages;
    private final Label status = new Label();
    private final Background background;
    private final Background drill;
    private CodeMatrix shown;

    MatrixPane(WorkbenchContext context, Services services) {
        this.context = context;
        this.services = services;
        this.background = new Background(context, "matrix");
        this.drill = new Background(context, "matrix-cell");
        this.filter = new FilterBar(services.analysis(), "matrix-filter");
        this.passages = new SegmentTable(context, "matrix-passages");
        passages.node().setPlaceholder(new Label("Double-click a cell to list the passages behind its number"));
        node.setId("analysis-matrix");
        node.getProperties().put(Panes.KEY, this);
        columns.setId("matrix-columns");
        value.setId("matrix-value");
        percent.setId("matrix-percent");
        withSubcodes.setId("matrix-subcodes");
        symbols.setId("matrix-symbols");
        status.setId("matrix-status");
        value.getItems().setAll(MatrixValue.values());
        value.setValue(MatrixValue.SEGMENTS);
        value.setConverter(converter());
        percent.setConverter(percentConverter());
        percent.getItems().setAll(Percentages.values());
        percent.setValue(Percentages.NONE);
        columns.setOnAction(e -> compute());
        value.setOnAction(e -> compute());
        percent.setOnAction(e -> compute());
        withSubcodes.setOnAction(e -> compute());
        symbols.setOnAction(e -> map.setStyle(symbols.isSelected() ? HeatMap.Style.SYMBOLS : HeatMap.Style.SHADE));
        filter.setOnChange(this::compute);
        map.setOnOpen(this::openCell);
        TableExport export = new TableExport(context, services.exporters(), services.targets(), "matrix-export", "matrix",
                () -> shown == null ? List.of() : passages.exportedWith(services.tables().of(shown), services.tables(), "Passages"));
        FlowPane controls = new FlowPane(8, 6, new Label("Codes by"), columns, new Label("Value"), value, new Label("Percent"),
                percent, withSubcodes, symbols, export.node());
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, controls, filter.node(), status);
        header.setPadding(new Insets(6));
        SplitPane split = new SplitPane(map, passages.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        node.setTop(header);
        node.setCenter(split);
        new ProjectFollower(context, node, this::refreshChoices, this::compute);
        refreshChoices();
    }

    private static javafx.util.StringConverter<MatrixValue> converter() {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(MatrixValue v) {
                return v == null ? "" : switch (v) {
                    case SEGMENTS -> "codings";
                    case CHARS -> "coded code points";
                    case SHARE -> "share of the text";
                    case DOCUMENTS -> "documents";
                };
            }

            @Override
            public MatrixValue fromString(String s) {
                return null;
            }
        };
    }

    private static javafx.util.StringConverter<Percentages> percentConverter() {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(Percentages p) {
                return p == null ? "" : switch (p) {
                    case NONE -> "none";
                    case ROW -> "of the row total";
                    case COLUMN -> "of the column total";
                };
            }

            @Override
            public Percentages fromString(String s) {
                return null;
            }
        };
    }

    private void refreshChoices() {
        filter.refresh(context.workspace());
        String chosen = columns.getValue();
        List<String> choices = new ArrayList<>(List.of(DOCUMENTS, CODERS));
        if (context.workspace() != null) {
            TreeSet<String> keys = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (Document d : context.workspace().documents()) {
                keys.addAll(d.attributes().keySet());
            }
            keys.forEach(k -> choices.add(ATTRIBUTE + k));
        }
        columns.getItems().setAll(choices);
        columns.setValue(chosen != null && choices.contains(chosen) ? chosen : DOCUMENTS);
    }

    Node node() {
        return node;
    }

    private MatrixRequest request() {
        String c = columns.getValue() == null ? DOCUMENTS : columns.getValue();
        MatrixColumns kind = c.equals(CODERS) ? MatrixColumns.CODERS : c.startsWith(ATTRIBUTE) ? MatrixColumns.ATTRIBUTE
                : MatrixColumns.DOCUMENTS;
        return new MatrixRequest(List.of(), withSubcodes.isSelected(), kind,
                kind == MatrixColumns.ATTRIBUTE ? c.substring(ATTRIBUTE.length()) : null, value.getValue(), percent.getValue(),
                filter.filter());
    }

    void compute() {
        if (context.workspace() == null) {
            return;
        }
        MatrixRequest request;
        try {
            request = request();
        } catch (GlossException e) {
            status.setText(e.getMessage());
            return;
        }
        status.setText("Computing…");
        background.run(session -> services.analysis().open(session).matrix(request), this::show, message -> {
            status.setText(message);
            shown = null;
            map.show(HeatMap.Data.EMPTY);
        });
    }

    private void show(CodeMatrix matrix) {
        shown = matrix;
        int rows = matrix.rows().size();
        int cols = matrix.columns().size();
        double[][] values = new double[rows][cols];
        String[][] labels = new String[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                values[r][c] = matrix.cell(r, c);
                labels[r][c] = cellLabel(matrix, values[r][c]);
            }
        }
        String[] rowTotals = new String[rows];
        for (int r = 0; r < rows; r++) {
            rowTotals[r] = totalLabel(matrix, matrix.rowTotals().get(r));
        }
        String[] columnTotals = new String[cols];
        for (int c = 0; c < cols; c++) {
            columnTotals[c] = totalLabel(matrix, matrix.columnTotals().get(c));
        }
        map.show(new HeatMap.Data(matrix.rows(), matrix.columns(), values, labels, CodeColors.of(context.workspace(), matrix.rows()),
                rowTotals, columnTotals));
        passages.show(List.of());
        status.setText(rows + " codes × " + cols + " columns — double-click a cell to list the passages behind it");
    }

    private static String cellLabel(CodeMatrix matrix, double v) {
        if (matrix.request().percentages() != Percentages.NONE) {
            return Numbers.percent(v);
        }
        return matrix.request().value() == MatrixValue.SHARE ? Numbers.decimal(v) : Numbers.whole(v);
    }

    private static String totalLabel(CodeMatrix matrix, double v) {
        return matrix.request().value() == MatrixValue.SHARE ? Numbers.decimal(v) : Numbers.whole(v);
    }

    private void openCell(int row, int column) {
        if (shown == null) {
            return;
        }
        MatrixRequest request = shown.request();
        String what = shown.rows().get(row) + " × " + shown.columns().get(column);
        drill.run(session -> services.analysis().open(session).cellSegments(request, row, column), list -> {
            passages.show(list);
            status.setText(what + ": " + list.size() + " passage" + (list.size() == 1 ? "" : "s"));
        }, status::setText);
    }

    // for tests
    /** The matrix the map shows now (null before the first result). */
    CodeMatrix shown() {
        return shown;
    }

    HeatMap map() {
        return map;
    }

    SegmentTable passages() {
        return passages;
    }

    ComboBox<String> columnsBox() {
        return columns;
    }

    ComboBox<MatrixValue> valueBox() {
        return value;
    }

    ComboBox<Percentages> percentBox() {
        return percent;
    }

    CheckBox symbolsBox() {
        return symbols;
    }
}
