package org.gloss.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.AnalysisTables;
import org.gloss.api.analysis.CodeMatrix;
import org.gloss.api.analysis.CooccurrenceInstance;
import org.gloss.api.analysis.CooccurrencePair;
import org.gloss.api.analysis.CooccurrenceTable;
import org.gloss.api.analysis.FrequencyBy;
import org.gloss.api.analysis.FrequencyRow;
import org.gloss.api.analysis.FrequencyTable;
import org.gloss.api.analysis.MatrixValue;
import org.gloss.api.analysis.Percentages;
import org.gloss.api.analysis.QueryResult;
import org.gloss.api.analysis.WordCount;
import org.gloss.api.analysis.WordTable;
import org.gloss.api.exporter.ResultTable;
import org.osgi.service.component.annotations.Component;

/** The analysis results as tables: the columns the command line prints and every export writes. */
@Component(service = AnalysisTables.class)
public class TablesService implements AnalysisTables {
    public static final List<String> MEASURES = List.of("pairs", "documents", "c", "jaccard");

    @Override
    public ResultTable of(QueryResult result) {
        boolean byCoder = result.segments().stream().anyMatch(s -> s.coder() != null);
        List<String> columns = new ArrayList<>(List.of("document", "start", "end", "text", "codes"));
        if (byCoder) {
            columns.add("coder");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (AnalysisSegment s : result.segments()) {
            List<Object> row = new ArrayList<>(Arrays.asList(s.document(), (long) s.start(), (long) s.end(), s.text(),
                    String.join("; ", s.codes())));
            if (byCoder) {
                row.add(s.coder());
            }
            rows.add(row);
        }
        return new ResultTable("Query", columns, rows);
    }

    @Override
    public ResultTable of(CooccurrenceTable table) {
        List<List<Object>> rows = new ArrayList<>();
        for (CooccurrencePair p : table.pairs()) {
            rows.add(Arrays.asList(p.a(), p.b(), p.pairs(), (long) p.documents(), p.c(), p.jaccard()));
        }
        return new ResultTable("Co-occurrence", List.of("a", "b", "pairs", "documents", "c", "jaccard"), rows);
    }

    @Override
    public ResultTable square(CooccurrenceTable table, String measure) {
        if (!MEASURES.contains(measure)) {
            throw AnalysisErrors.unknownMeasure(measure, MEASURES);
        }
        List<String> codes = table.codes();
        Object[][] cells = new Object[codes.size()][codes.size()];
        for (CooccurrencePair p : table.pairs()) {
            int a = codes.indexOf(p.a());
            int b = codes.indexOf(p.b());
            Object value = switch (measure) {
                case "pairs" -> p.pairs();
                case "documents" -> (long) p.documents();
                case "c" -> p.c();
                default -> p.jaccard();
            };
            cells[a][b] = value;
            cells[b][a] = value;
        }
        List<String> columns = new ArrayList<>();
        columns.add("code");
        columns.addAll(codes);
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < codes.size(); r++) {
            List<Object> row = new ArrayList<>();
            row.add(codes.get(r));
            row.addAll(Arrays.asList(cells[r]));
            rows.add(row);
        }
        return new ResultTable("Co-occurrence (" + measure + ")", columns, rows, true);
    }

    @Override
    public ResultTable of(CodeMatrix matrix) {
        boolean whole = matrix.request().percentages() == Percentages.NONE && matrix.request().value() != MatrixValue.SHARE;
        List<String> columns = new ArrayList<>();
        columns.add("code");
        columns.addAll(matrix.columns());
        columns.add("total");
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < matrix.rows().size(); r++) {
            List<Object> row = new ArrayList<>();
            row.add(matrix.rows().get(r));
            for (double v : matrix.cells().get(r)) {
                row.add(number(v, whole));
            }
            row.add(number(matrix.rowTotals().get(r), matrix.request().value() != MatrixValue.SHARE));
            rows.add(row);
        }
        List<Object> totals = new ArrayList<>();
        totals.add("total");
        for (double v : matrix.columnTotals()) {
            totals.add(number(v, matrix.request().value() != MatrixValue.SHARE));
        }
        totals.add(null);
        rows.add(totals);
        return new ResultTable("Matrix", columns, rows, true);
    }

    private static Object number(double v, boolean whole) {
        return whole ? (Object) Math.round(v) : (Object) v;
    }

    @Override
    public ResultTable of(FrequencyTable table) {
        boolean codes = table.request().by() == FrequencyBy.CODE;
        String key = switch (table.request().by()) {
            case CODE -> "code";
            case CODER -> "coder";
            case DOCUMENT -> "document";
            case ATTRIBUTE -> table.request().attribute();
        };
        List<String> columns = codes
                ? List.of(key, "path", "level", "codings", "codings_with_subcodes", "documents", "documents_with_subcodes",
                        "coded", "coded_with_subcodes", "text", "share", "words", "words_per_segment")
                : List.of(key, "codings", "documents", "codes", "coded", "text", "share", "words", "words_per_segment");
        List<List<Object>> rows = new ArrayList<>();
        for (FrequencyRow row : table.rows()) {
            rows.add(cells(row, codes));
        }
        rows.add(cells(table.total(), codes));
        return new ResultTable("Frequencies", columns, rows);
    }

    private static List<Object> cells(FrequencyRow row, boolean codes) {
        if (codes) {
            return Arrays.asList(row.key(), row.path(), row.depth() == null ? null : (long) row.depth() + 1, row.codings(),
                    row.codingsWithSubcodes(), row.documents(), row.documentsWithSubcodes(), row.coded(),
                    row.codedWithSubcodes(), row.text(), row.share(), row.words(), row.wordsPerSegment());
        }
        return Arrays.asList(row.key(), row.codings(), row.documents(), row.codes() == null ? null : (long) row.codes(),
                row.coded(), row.text(), row.share(), row.words(), row.wordsPerSegment());
    }

    @Override
    public ResultTable of(WordTable table) {
        List<List<Object>> rows = new ArrayList<>();
        for (WordCount w : table.words()) {
            rows.add(Arrays.asList(w.word(), w.count(), (long) w.documents(),
                    w.forms().stream().map(f -> f.form() + " " + f.count()).collect(Collectors.joining("; "))));
        }
        return new ResultTable("Words", List.of("word", "count", "documents", "forms"), rows);
    }

    @Override
    public ResultTable segments(String name, List<AnalysisSegment> segments) {
        List<List<Object>> rows = new ArrayList<>();
        for (AnalysisSegment s : segments) {
            rows.add(Arrays.asList(s.document(), (long) s.start(), (long) s.end(), String.join("; ", s.codes()), s.coder(),
                    s.text()));
        }
        return new ResultTable(name, List.of("document", "start", "end", "codes", "coder", "text"), rows);
    }

    @Override
    public ResultTable pairs(String name, List<CooccurrenceInstance> pairs) {
        List<List<Object>> rows = new ArrayList<>();
        for (CooccurrenceInstance pair : pairs) {
            AnalysisSegment a = pair.a();
            AnalysisSegment b = pair.b();
            rows.add(Arrays.asList(a.document(), String.join("; ", a.codes()), (long) a.start(), (long) a.end(), a.text(),
                    String.join("; ", b.codes()), (long) b.start(), (long) b.end(), b.text(), a.coder()));
        }
        return new ResultTable(name, List.of("document", "a", "a_start", "a_end", "a_text", "b", "b_start", "b_end", "b_text",
                "coder"), rows);
    }
}
