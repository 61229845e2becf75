package org.gloss.analysis.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gloss.analysis.internal.AnalysisErrors;
import org.gloss.api.analysis.CodeMatrix;
import org.gloss.api.analysis.MatrixColumns;
import org.gloss.api.analysis.MatrixRequest;
import org.gloss.api.analysis.MatrixValue;
import org.gloss.api.analysis.Percentages;
import org.gloss.api.cli.CommandContribution;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cli.ProjectCommand;
import org.osgi.service.component.annotations.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gloss matrix P}: codes by documents, coders or attribute values. */
@Component(service = CommandContribution.class, property = CommandContribution.COMMAND_PROPERTY + "=matrix")
@Command(name = "matrix", description = {
        "Codes (rows) by documents, coders or the values of an attribute (a crosstab), with totals.",
        "JSON: {rows, columns, cells, row_totals, column_totals}; with --value segments a cell is the number of codings",
        "of that code (not its sub-codes, unless --with-subcodes) in that column."})
public class MatrixCommand extends ProjectCommand {
    enum Value { segments, chars, share, documents }

    enum Percent { row, column }

    @Option(names = "--rows", defaultValue = "codes", paramLabel = "codes", description = "what the rows are (codes)")
    String rows;
    @Option(names = "--columns", defaultValue = "documents", paramLabel = "documents|coders|attr:KEY|case|case-attr:KEY",
            description = "one column per document, coder, value of a document attribute, case (the codings that overlap "
                    + "its text), or value of a case attribute")
    String columns;
    @Option(names = "--value", defaultValue = "segments", paramLabel = "segments|chars|share|documents",
            description = "codings; coded code points; coded share of the column's text; documents with the code")
    Value value;
    @Option(names = "--percent", paramLabel = "row|column", description = "cells as percentages of their row's or column's total")
    Percent percent;
    @Option(names = "--code", paramLabel = "C", description = "only these codes as rows (repeatable; default: all)")
    List<String> codes = new ArrayList<>();
    @Option(names = "--with-subcodes", description = "a row counts its code's sub-codes too") boolean withSubcodes;
    @Mixin FilterOptions filter = new FilterOptions();
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json|xlsx") ResultOutput.Format format;
    @Option(names = "--out", paramLabel = "F", description = "write to a file (needed for xlsx)") Path out;
    @Option(names = "--force", description = "replace an existing --out file") boolean force;
    @Spec CommandSpec spec;

    private MatrixRequest request;

    @Override
    protected void checkArguments() {
        if (!rows.strip().equalsIgnoreCase("codes")) {
            throw new ParameterException(spec.commandLine(), "--rows must be 'codes', got '" + rows + "'");
        }
        if (format == ResultOutput.Format.xlsx && out == null) {
            throw AnalysisErrors.needsOut("xlsx");
        }
        request = new MatrixRequest(codes, withSubcodes, columnKind(), attribute(),
                MatrixValue.valueOf(value.name().toUpperCase(Locale.ROOT)),
                percent == null ? Percentages.NONE : Percentages.valueOf(percent.name().toUpperCase(Locale.ROOT)),
                filter.filter(Services.analysis(context())));
    }

    @Override
    protected void run(ProjectSession session) {
        CodeMatrix matrix = Services.analysis(context()).open(session).matrix(request);
        ResultOutput.emit(context(), format, List.of(Services.tables(context()).of(matrix)), json(matrix), out, force, project());
    }

    private MatrixColumns columnKind() {
        String c = columns.strip().toLowerCase(Locale.ROOT);
        if (c.equals("documents")) {
            return MatrixColumns.DOCUMENTS;
        }
        if (c.equals("coders")) {
            return MatrixColumns.CODERS;
        }
        if (c.startsWith("attr:") && c.length() > 5) {
            return MatrixColumns.ATTRIBUTE;
        }
        if (c.equals("case") || c.equals("cases")) {
            return MatrixColumns.CASES;
        }
        if (c.startsWith("case-attr:") && c.length() > 10) {
            return MatrixColumns.CASE_ATTRIBUTE;
        }
        throw AnalysisErrors.badColumns(columns);
    }

    private String attribute() {
        return switch (columnKind()) {
            case ATTRIBUTE -> columns.strip().substring("attr:".length()).strip();
            case CASE_ATTRIBUTE -> columns.strip().substring("case-attr:".length()).strip();
            default -> null;
        };
    }

    private Map<String, Object> json(CodeMatrix matrix) {
        boolean whole = matrix.request().percentages() == Percentages.NONE && matrix.request().value() != MatrixValue.SHARE;
        boolean wholeTotals = matrix.request().value() != MatrixValue.SHARE;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rows", matrix.rows());
        json.put("columns", matrix.columns());
        List<List<Number>> cells = new ArrayList<>();
        for (List<Double> row : matrix.cells()) {
            cells.add(numbers(row, whole));
        }
        json.put("cells", cells);
        json.put("row_totals", numbers(matrix.rowTotals(), wholeTotals));
        json.put("column_totals", numbers(matrix.columnTotals(), wholeTotals));
        return json;
    }

    private static List<Number> numbers(List<Double> values, boolean whole) {
        List<Number> out = new ArrayList<>(values.size());
        for (double v : values) {
            out.add(whole ? (Number) Math.round(v) : (Number) v);
        }
        return out;
    }
}
