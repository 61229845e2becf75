package org.gloss.api.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A code matrix: rows are codes, columns documents, coders or the values of an attribute.
 *
 * @param codes       the row codes (empty: every code), shown in codebook order
 * @param withSubcodes whether a row counts its code's sub-codes too (by default only its own codings)
 * @param columns     what the columns are
 * @param attribute   the attribute key, for {@link MatrixColumns#ATTRIBUTE} and {@link MatrixColumns#CASE_ATTRIBUTE}
 * @param value       what a cell counts
 * @param percentages whether cells are percentages of their row's or column's total
 */
public record MatrixRequest(List<String> codes, boolean withSubcodes, MatrixColumns columns, String attribute,
                            MatrixValue value, Percentages percentages, AnalysisFilter filter) {
    public MatrixRequest {
        codes = List.copyOf(Objects.requireNonNullElse(codes, List.of()));
        Objects.requireNonNull(columns, "columns");
        if ((columns == MatrixColumns.ATTRIBUTE || columns == MatrixColumns.CASE_ATTRIBUTE)
                && (attribute == null || attribute.isBlank())) {
            throw new IllegalArgumentException("attribute columns need an attribute key");
        }
        value = Objects.requireNonNullElse(value, MatrixValue.SEGMENTS);
        percentages = Objects.requireNonNullElse(percentages, Percentages.NONE);
        filter = Objects.requireNonNullElse(filter, AnalysisFilter.ALL);
    }

    /** Codings per code and document. */
    public static MatrixRequest codesByDocuments() {
        return new MatrixRequest(List.of(), false, MatrixColumns.DOCUMENTS, null, MatrixValue.SEGMENTS,
                Percentages.NONE, AnalysisFilter.ALL);
    }

    public MatrixRequest withValue(MatrixValue newValue) {
        return new MatrixRequest(codes, withSubcodes, columns, attribute, newValue, percentages, filter);
    }

    public MatrixRequest withPercentages(Percentages newPercentages) {
        return new MatrixRequest(codes, withSubcodes, columns, attribute, value, newPercentages, filter);
    }

    public MatrixRequest withColumns(MatrixColumns newColumns, String newAttribute) {
        return new MatrixRequest(codes, withSubcodes, newColumns, newAttribute, value, percentages, filter);
    }

    public MatrixRequest withFilter(AnalysisFilter newFilter) {
        return new MatrixRequest(codes, withSubcodes, columns, attribute, value, percentages, newFilter);
    }
}
