package org.gloss.chart.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.CodeMatrix;
import org.gloss.api.analysis.MatrixColumns;
import org.gloss.api.analysis.MatrixRequest;
import org.gloss.api.analysis.MatrixValue;
import org.gloss.api.analysis.Percentages;
import org.gloss.api.chart.Chart;
import org.gloss.api.chart.ChartInput;
import org.gloss.api.chart.ChartItem;
import org.gloss.api.chart.ChartKind;
import org.gloss.api.chart.ChartOption;
import org.gloss.api.chart.ChartProject;
import org.gloss.api.chart.ChartRequest;
import org.gloss.api.chart.Rgb;
import org.gloss.api.error.GlossException;
import org.osgi.service.component.annotations.Component;

/**
 * The code matrix as a heat map (MAXQDA's Code Matrix Browser, NVivo's crosstab): codes as rows,
 * documents, coders or the values of an attribute as columns, each cell shaded in its code's colour
 * by the engine's matrix value, as counted or as a percentage of its row's or column's total.
 * Cells of value 0 are left blank (they stand for nothing to open).
 */
@Component(service = ChartKind.class)
public class MatrixChart implements ChartKind {
    private static final List<ChartOption> OPTIONS = List.of(
            new ChartOption("columns", "what the columns are", List.of("documents", "coders", "attr:"), "documents"),
            new ChartOption("value", "what a cell counts: codings, coded code points, coded share of the column's text, documents",
                    List.of("segments", "chars", "share", "documents"), "segments"),
            new ChartOption("percent", "cells as percentages of their row's or column's total", List.of("none", "row", "column"), "none"),
            new ChartOption("subcodes", "a row counts its code's own codings, or rolls up its sub-codes", List.of("own", "rollup"), "own"));

    @Override
    public String id() {
        return "matrix";
    }

    @Override
    public String title() {
        return "Code matrix";
    }

    @Override
    public String description() {
        return "heat map of codes by documents, coders or attribute values (a crosstab), with row or column percentages";
    }

    @Override
    public List<ChartInput> needs() {
        return List.of();
    }

    @Override
    public List<ChartOption> options() {
        return OPTIONS;
    }

    static MatrixRequest matrixRequest(ChartRequest request) {
        String columns = request.option("columns", "documents");
        MatrixColumns kind = columns.startsWith("attr:") ? MatrixColumns.ATTRIBUTE
                : columns.equals("coders") ? MatrixColumns.CODERS : MatrixColumns.DOCUMENTS;
        MatrixValue value = MatrixValue.valueOf(request.option("value", "segments").toUpperCase(Locale.ROOT));
        Percentages percent = Percentages.valueOf(request.option("percent", "none").toUpperCase(Locale.ROOT));
        return new MatrixRequest(List.of(), request.option("subcodes", "own").equals("rollup"), kind,
                kind == MatrixColumns.ATTRIBUTE ? columns.substring("attr:".length()).strip() : null, value, percent, request.filter());
    }

    @Override
    public Chart draw(ChartProject project, ChartRequest request) {
        ChartSupport.check(this, request);
        MatrixRequest matrixRequest = matrixRequest(request);
        CodeMatrix matrix = project.analysis().matrix(matrixRequest);
        Map<String, Rgb> colours = ChartSupport.codeColours(project.session());
        boolean percent = matrixRequest.percentages() != Percentages.NONE;
        boolean share = matrixRequest.value() == MatrixValue.SHARE;
        List<ChartItem> items = new ArrayList<>();
        List<HeatMap.Cell> cells = new ArrayList<>();
        for (int r = 0; r < matrix.rows().size(); r++) {
            List<Double> row = matrix.cells().get(r);
            String code = matrix.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                double v = row.get(c);
                if (v == 0) {
                    continue;
                }
                String column = matrix.columns().get(c);
                ChartItem item = ChartItem.of("cell:" + r + "|" + c, code + " × " + column, List.of(code),
                        matrixRequest.columns() == MatrixColumns.DOCUMENTS ? List.of(column) : List.of(),
                        matrixRequest.columns() == MatrixColumns.DOCUMENTS ? null : column, v);
                items.add(item);
                String text = percent ? String.format(Locale.ROOT, "%.0f %%", v)
                        : share ? String.format(Locale.ROOT, "%.0f %%", 100 * v) : Frame.value(v);
                cells.add(new HeatMap.Cell(r, c, v, text, item.id()));
            }
        }
        String title = title() + ": " + valueName(matrixRequest) + " by " + columnName(matrixRequest)
                + (percent ? " (% of " + (matrixRequest.percentages() == Percentages.ROW ? "row" : "column") + ")" : "");
        String note = ChartSupport.note(request.filter(), matrixRequest.withSubcodes() ? "sub-codes rolled up" : "each code's own codings");
        SceneBuilder scene = new SceneBuilder(request.width(), request.height());
        Frame.Plot plot = Frame.draw(scene, title, note, List.of(), 0);
        HeatMap.draw(scene, plot, matrix.rows(), matrix.rows().stream().map(c -> colours.getOrDefault(c, Palette.NEUTRAL_CODE)).toList(),
                matrix.columns(), cells, true);
        return new Chart(id(), title, note, items, scene.build());
    }

    private static String valueName(MatrixRequest request) {
        return switch (request.value()) {
            case CHARS -> "coded code points";
            case SHARE -> "share of the text coded";
            case DOCUMENTS -> "documents with the code";
            default -> "codings";
        };
    }

    private static String columnName(MatrixRequest request) {
        return switch (request.columns()) {
            case CODERS -> "coder";
            case ATTRIBUTE -> request.attribute();
            default -> "document";
        };
    }

    @Override
    public List<AnalysisSegment> segments(ChartProject project, ChartRequest request, ChartItem item) {
        String[] cell = item.id().substring("cell:".length()).split("\\|");
        if (cell.length != 2) {
            throw new GlossException("not a cell of a code matrix: " + item.id());
        }
        return project.analysis().cellSegments(matrixRequest(request), Integer.parseInt(cell[0]), Integer.parseInt(cell[1]));
    }
}
