package org.gloss.export.csv.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.Exporter;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.exchange.ExportData;
import org.gloss.core.exchange.SpreadsheetCells;
import org.gloss.model.Coding;
import org.osgi.service.component.annotations.Component;

/**
 * Coded segments as RFC 4180 CSV: one row per coding with its covered text, then one column per
 * document attribute. Offsets are code points, end exclusive.
 */
@Component(service = Exporter.class)
public class SegmentsCsvExporter implements Exporter {
    static final String EXCEL = "excel";
    static final List<String> FIXED_COLUMNS = List.of("document", "code", "code path", "coder", "start", "end", "text", "memo");

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String displayName() {
        return "Coded segments (CSV)";
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
        return Map.of(EXCEL, "for spreadsheets: start with a UTF-8 byte order mark so that Excel reads non-Latin text"
                + " correctly, and put an apostrophe before text that a spreadsheet would run as a formula (= + - @)");
    }

    @Override
    public java.util.Set<String> flags() {
        return java.util.Set.of(EXCEL);
    }

    @Override
    public void export(ProjectSession project, ExportRequest request, OutputStream out) throws IOException {
        ExportData data = ExportData.load(project, request);
        List<String> attributes = data.attributeKeys();
        List<String> header = new ArrayList<>(FIXED_COLUMNS);
        header.addAll(attributes);
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (request.flag(EXCEL)) {
            // Excel guesses the legacy code page for CSV without a BOM and garbles Cyrillic.
            writer.write('\uFEFF');
        }
        boolean spreadsheet = request.flag(EXCEL);
        CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.stream()
                .map(h -> spreadsheet ? SpreadsheetCells.neutralize(h) : h).toArray(String[]::new)).build().print(writer);
        List<Object> row = new ArrayList<>(header.size());
        for (Coding coding : data.codings()) {
            row.clear();
            row.add(data.document(coding.documentId()).name());
            row.add(data.code(coding.codeId()).name());
            row.add(data.path(coding.codeId()));
            row.add(data.coder(coding.coderId()).name());
            row.add(coding.start());
            row.add(coding.end());
            row.add(data.coveredText(coding));
            row.add(coding.memo() == null ? "" : coding.memo());
            for (String key : attributes) {
                row.add(data.attribute(coding.documentId(), key));
            }
            printer.printRecord(spreadsheet ? row.stream().map(SpreadsheetCells::neutralizeCell).toList() : row);
        }
        printer.flush();
    }
}
