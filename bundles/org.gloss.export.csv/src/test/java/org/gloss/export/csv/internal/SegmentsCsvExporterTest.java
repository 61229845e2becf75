package org.gloss.export.csv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.gloss.api.error.GlossException;
import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.ExportScope;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.testing.ExportSample;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentsCsvExporterTest {
    @TempDir
    Path dir;

    @Test
    void writesOneRfc4180RowPerCodingWithPathsCodePointOffsetsAndAttributes() throws Exception {
        try (ProjectSession p = ExportSample.project(new SqliteStoreProvider(), dir)) {
            String csv = new String(ExportSample.export(new SegmentsCsvExporter(), p, ExportRequest.all()), StandardCharsets.UTF_8);
            assertThat(csv).isEqualTo("document,code,code path,coder,start,end,text,memo,age,region\r\n"
                    + "interview,Economy,Economy,ben,3,14,Как дела? 😀,,42,Алматы\r\n"
                    + "interview,debt,Economy > debt,aida,15,22,A: debt,\"first, \"\"quoted\"\" memo\",42,Алматы\r\n"
                    + "interview,debt,Economy > debt,ben,24,32,\"\"\"quotes\"\"\",,42,Алматы\r\n");
        }
    }

    @Test
    void excelOptionStartsWithAByteOrderMark() throws Exception {
        try (ProjectSession p = ExportSample.project(new SqliteStoreProvider(), dir)) {
            byte[] plain = ExportSample.export(new SegmentsCsvExporter(), p, ExportRequest.all());
            byte[] excel = ExportSample.export(new SegmentsCsvExporter(), p, ExportRequest.all().withOption("excel", "true"));
            assertThat(Arrays.copyOf(excel, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            assertThat(Arrays.copyOfRange(excel, 3, excel.length)).isEqualTo(plain);
            assertThat(plain[0]).isEqualTo((byte) 'd');
        }
    }

    @Test
    void scopeFiltersByCoderCodeAndDocumentAndUnknownNamesAreErrors() throws Exception {
        try (ProjectSession p = ExportSample.project(new SqliteStoreProvider(), dir)) {
            String ben = new String(ExportSample.export(new SegmentsCsvExporter(), p,
                    new ExportRequest(new ExportScope(null, "debt", "ben"), Map.of())), StandardCharsets.UTF_8);
            assertThat(ben.lines()).hasSize(2).last().asString().startsWith("interview,debt,Economy > debt,ben,24,32");
            assertThatThrownBy(() -> ExportSample.export(new SegmentsCsvExporter(), p,
                    new ExportRequest(new ExportScope("nope", null, null), Map.of())))
                    .isInstanceOf(GlossException.class).hasMessage("unknown document: nope");
        }
    }

    @Test
    void formulasAreNeutralisedForSpreadsheetsAndKeptExactInPlainCsv() throws Exception {
        try (ProjectSession p = new org.gloss.store.sqlite.internal.SqliteStoreProvider().create(dir.resolve("f.gloss").toString())) {
        p.inTransaction(() -> {
            long doc = p.documents().add(new org.gloss.api.store.NewDocument("=HYPERLINK(\"http://evil\",\"x\")",
                    "+cmd|' /C calc'!A0 and @SUM(1) -5 plain", null,
                    java.util.Map.of("@region", org.gloss.model.AttributeValue.text("=1+1")))).id();
            long code = p.codebook().add("-minus code", null, null, null).id();
            long coder = p.coders().getOrCreate("@coder").id();
            p.codings().add(new org.gloss.api.store.NewCoding(doc, code, coder, 0, 17, "\ttabbed memo"));
        });
            List<String> plain = rows(ExportSample.export(new SegmentsCsvExporter(), p, ExportRequest.all()));
            assertThat(plain).containsExactly(
                    "document|code|code path|coder|start|end|text|memo|@region",
                    "=HYPERLINK(\"http://evil\",\"x\")|-minus code|-minus code|@coder|0|17|+cmd|' /C calc'!A|\ttabbed memo|=1+1");
            List<String> excel = rows(ExportSample.export(new SegmentsCsvExporter(), p, ExportRequest.all().withOption("excel", "true")));
            assertThat(excel).containsExactly(
                    "\uFEFFdocument|code|code path|coder|start|end|text|memo|'@region",
                    "'=HYPERLINK(\"http://evil\",\"x\")|'-minus code|'-minus code|'@coder|0|17|'+cmd|' /C calc'!A|'\ttabbed memo|'=1+1");
        }
    }

    /** Each CSV record with its fields joined by '|'. */
    private static List<String> rows(byte[] csv) throws Exception {
        List<String> rows = new java.util.ArrayList<>();
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(new String(csv, StandardCharsets.UTF_8)))) {
            for (var record : parser) {
                rows.add(String.join("|", record.toList()));
            }
        }
        return rows;
    }
}
