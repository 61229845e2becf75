package org.gloss.export.csv.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gloss.api.exporter.ResultTable;
import org.gloss.api.exporter.TableExporter;
import org.osgi.service.component.annotations.Component;

/**
 * A result table as RFC 4180 CSV in UTF-8: the header, then one record per row; numbers as plain
 * decimals (never in exponent notation), empty cells empty. One table per file.
 */
@Component(service = TableExporter.class)
public class CsvTableExporter implements TableExporter {
    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String displayName() {
        return "CSV table";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public boolean holdsSeveralTables() {
        return false;
    }

    @Override
    public void write(List<ResultTable> tables, OutputStream out) throws IOException {
        if (tables.isEmpty()) {
            return;
        }
        ResultTable table = tables.get(0);
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(table.columns().toArray(String[]::new)).build().print(writer);
        List<Object> record = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            record.clear();
            for (Object cell : row) {
                record.add(text(cell));
            }
            printer.printRecord(record);
        }
        printer.flush();
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return cell.toString();
    }
}
