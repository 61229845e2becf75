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
import org.gloss.api.exchange.ExchangeErrors;
import org.gloss.api.exporter.ExportData;
import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.Exporter;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Code;
import org.gloss.model.Coding;
import org.gloss.model.Document;
import org.osgi.service.component.annotations.Component;

/**
 * The code-by-document matrix as CSV: one row per document, its attributes, then one column per
 * code (in codebook tree order, headed by the code path) holding 1/0 (applied or not) or, with
 * {@code -O values=counts}, the number of codings. Ready for R, SPSS or pandas.
 */
@Component(service = Exporter.class)
public class CodeDocumentMatrixExporter implements Exporter {
    static final String VALUES = "values";
    static final String EXCEL = "excel";

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
                EXCEL, "start with a UTF-8 byte order mark for Excel");
    }

    @Override
    public void export(ProjectSession project, ExportRequest request, OutputStream out) throws IOException {
        String values = request.option(VALUES, "binary");
        if (!values.equals("binary") && !values.equals("counts")) {
            throw ExchangeErrors.badOption(VALUES, "expected 'binary' or 'counts', got '" + values + "'");
        }
        boolean counts = values.equals("counts");
        ExportData data = ExportData.load(project, request);
        List<Code> codes = data.codesInTreeOrder();
        List<String> attributes = data.attributeKeys();
        Map<Long, Map<Long, Integer>> perDocument = new HashMap<>();
        for (Coding coding : data.codings()) {
            perDocument.computeIfAbsent(coding.documentId(), k -> new HashMap<>()).merge(coding.codeId(), 1, Integer::sum);
        }
        List<String> header = new ArrayList<>();
        header.add("document");
        header.addAll(attributes);
        codes.forEach(c -> header.add(data.path(c.id())));
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (request.flag(EXCEL)) {
            writer.write('\uFEFF');
        }
        CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).build().print(writer);
        for (Document document : data.documents()) {
            List<Object> row = new ArrayList<>(header.size());
            row.add(document.name());
            attributes.forEach(key -> row.add(data.attribute(document.id(), key)));
            Map<Long, Integer> applied = perDocument.getOrDefault(document.id(), Map.of());
            for (Code code : codes) {
                int n = applied.getOrDefault(code.id(), 0);
                row.add(counts ? n : (n > 0 ? 1 : 0));
            }
            printer.printRecord(row);
        }
        printer.flush();
    }
}
