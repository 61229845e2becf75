package org.gloss.export.matrix.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.Exporter;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.exchange.ExchangeErrors;
import org.gloss.core.exchange.ExportData;
import org.gloss.core.exchange.SpreadsheetCells;
import org.gloss.model.Code;
import org.gloss.model.Coding;
import org.gloss.model.Document;
import org.gloss.model.Turn;
import org.osgi.service.component.annotations.Component;

/**
 * The code-by-document matrix as CSV: one row per document, its attributes, then one column per
 * code (in codebook tree order, headed by the code path) holding 1/0 (applied or not) or, with
 * {@code -O values=counts}, the number of codings; with {@code -O rows=turns}, one row per speaker
 * turn of transcripts instead. Ready for R, SPSS or pandas.
 */
@Component(service = Exporter.class)
public class CodeDocumentMatrixExporter implements Exporter {
    static final String VALUES = "values";
    static final String EXCEL = "excel";
    static final String ROWS = "rows";

    @Override
    public String id() {
        return "matrix";
    }

    @Override
    public String displayName() {
        return "Code-by-document matrix (CSV)";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv";
    }

    @Override
    public Map<String, String> options() {
        return Map.of(VALUES, "'binary' (default: 1 if the code is applied to the document, else 0) or 'counts'",
                EXCEL, "for spreadsheets: a UTF-8 byte order mark for Excel, and an apostrophe before text a"
                        + " spreadsheet would run as a formula (= + - @)",
                ROWS, "'documents' (default) or 'turns': one row per speaker turn of transcripts; a coding counts for "
                        + "every turn it overlaps");
    }

    private static void finishRow(List<Object> row, ExportData data, Document document, List<String> attributes,
                                  List<Code> codes, List<Coding> codings, boolean counts) {
        attributes.forEach(key -> row.add(data.attribute(document.id(), key)));
        Map<Long, Integer> applied = new HashMap<>();
        codings.forEach(c -> applied.merge(c.codeId(), 1, Integer::sum));
        for (Code code : codes) {
            int n = applied.getOrDefault(code.id(), 0);
            row.add(counts ? n : (n > 0 ? 1 : 0));
        }
    }

    @Override
    public java.util.Set<String> flags() {
        return java.util.Set.of(EXCEL);
    }

    @Override
    public void export(ProjectSession project, ExportRequest request, OutputStream out) throws IOException {
        String values = request.option(VALUES, "binary");
        if (!values.equals("binary") && !values.equals("counts")) {
            throw ExchangeErrors.badOption(VALUES, "expected 'binary' or 'counts', got '" + values + "'");
        }
        boolean counts = values.equals("counts");
        String rows = request.option(ROWS, "documents");
        if (!rows.equals("documents") && !rows.equals("turns")) {
            throw ExchangeErrors.badOption(ROWS, "expected 'documents' or 'turns', got '" + rows + "'");
        }
        boolean turns = rows.equals("turns");
        ExportData data = ExportData.load(project, request);
        List<Code> codes = data.codesInTreeOrder();
        List<String> attributes = data.attributeKeys();
        Map<Long, List<Coding>> perDocument = new HashMap<>();
        for (Coding coding : data.codings()) {
            perDocument.computeIfAbsent(coding.documentId(), k -> new ArrayList<>()).add(coding);
        }
        List<String> header = new ArrayList<>();
        header.add("document");
        if (turns) {
            header.addAll(List.of("turn", "speaker", "start", "end"));
        }
        header.addAll(attributes);
        codes.forEach(c -> header.add(data.path(c.id())));
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (request.flag(EXCEL)) {
            writer.write('\uFEFF');
        }
        boolean spreadsheet = request.flag(EXCEL);
        CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.stream()
                .map(h -> spreadsheet ? SpreadsheetCells.neutralize(h) : h).toArray(String[]::new)).build().print(writer);
        for (Document document : data.documents()) {
            List<Coding> codings = perDocument.getOrDefault(document.id(), List.of());
            List<Turn> documentTurns = turns ? project.documents().turns(document.id()) : List.of();
            if (documentTurns.isEmpty()) {
                List<Object> row = new ArrayList<>(header.size());
                row.add(document.name());
                if (turns) {
                    row.addAll(java.util.Arrays.asList("", "", "", ""));
                }
                finishRow(row, data, document, attributes, codes, codings, counts);
                printer.printRecord(spreadsheet ? row.stream().map(SpreadsheetCells::neutralizeCell).toList() : row);
                continue;
            }
            for (int i = 0; i < documentTurns.size(); i++) {
                Turn turn = documentTurns.get(i);
                List<Coding> overlapping = codings.stream().filter(c -> c.span().overlaps(turn.span())).toList();
                List<Object> row = new ArrayList<>(header.size());
                row.addAll(List.of(document.name(), i + 1, turn.speaker(), turn.span().start(), turn.span().end()));
                finishRow(row, data, document, attributes, codes, overlapping, counts);
                printer.printRecord(spreadsheet ? row.stream().map(SpreadsheetCells::neutralizeCell).toList() : row);
            }
        }
        printer.flush();
    }
}
