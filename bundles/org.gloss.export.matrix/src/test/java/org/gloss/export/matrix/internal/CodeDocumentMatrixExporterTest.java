package org.gloss.export.matrix.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.gloss.api.error.GlossException;
import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.testing.ExportSample;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeDocumentMatrixExporterTest {
    @TempDir
    Path dir;

    @Test
    void binaryMatrixHasOneRowPerDocumentAndOneColumnPerCodeInTreeOrder() throws Exception {
        try (ProjectSession p = ExportSample.project(new SqliteStoreProvider(), dir)) {
            String csv = new String(ExportSample.export(new CodeDocumentMatrixExporter(), p, ExportRequest.all()), StandardCharsets.UTF_8);
            assertThat(csv).isEqualTo("document,age,region,Economy,Economy > debt,unused\r\n"
                    + "empty one,,,0,0,0\r\n"
                    + "interview,42,Алматы,1,1,0\r\n");
        }
    }

    @Test
    void countsOptionCountsCodingsAndBadValuesAreErrors() throws Exception {
        try (ProjectSession p = ExportSample.project(new SqliteStoreProvider(), dir)) {
            String csv = new String(ExportSample.export(new CodeDocumentMatrixExporter(), p,
                    ExportRequest.all().withOption("values", "counts")), StandardCharsets.UTF_8);
            assertThat(csv.lines()).contains("interview,42,Алматы,1,2,0");
            assertThatThrownBy(() -> ExportSample.export(new CodeDocumentMatrixExporter(), p,
                    ExportRequest.all().withOption("values", "percent")))
                    .isInstanceOf(GlossException.class)
                    .hasMessage("export option 'values': expected 'binary' or 'counts', got 'percent'");
        }
    }

    @Test
    void turnRowsSplitTranscriptsBySpeakerTurn() throws Exception {
        try (ProjectSession p = ExportSample.project(new SqliteStoreProvider(), dir)) {
            String text = "A: money worries\nB: no worries\n";
            p.inTransaction(() -> {
                long doc = p.documents().add(new org.gloss.api.store.NewDocument("transcript", text, null, java.util.Map.of(),
                        java.util.List.of(new org.gloss.model.Turn("A", null, null, new org.gloss.model.TextSpan(0, 17)),
                                new org.gloss.model.Turn("B", null, null, new org.gloss.model.TextSpan(17, 30))))).id();
                long economy = p.codebook().get("Economy").id();
                long aida = p.coders().get("aida").id();
                // one coding inside turn 2, one across both turns
                p.codings().add(new org.gloss.api.store.NewCoding(doc, economy, aida, 20, 29, null));
                p.codings().add(new org.gloss.api.store.NewCoding(doc, p.codebook().get("unused").id(), aida, 10, 25, null));
            });
            String csv = new String(ExportSample.export(new CodeDocumentMatrixExporter(), p,
                    ExportRequest.all().withOption("rows", "turns").withOption("values", "counts")), StandardCharsets.UTF_8);
            assertThat(csv.lines()).containsExactly(
                    "document,turn,speaker,start,end,age,region,Economy,Economy > debt,unused",
                    "empty one,,,,,,,0,0,0",
                    "interview,,,,,42,Алматы,1,2,0",
                    "transcript,1,A,0,17,,,0,0,1",
                    "transcript,2,B,17,30,,,1,0,1");
        }
    }

    @Test
    void formulasAreNeutralisedWithExcelAndKeptExactOtherwise() throws Exception {
        try (ProjectSession p = new org.gloss.store.sqlite.internal.SqliteStoreProvider().create(dir.resolve("f.gloss").toString())) {
            p.inTransaction(() -> {
                long doc = p.documents().add(new org.gloss.api.store.NewDocument("=HYPERLINK(\"http://evil\",\"x\")",
                        "+cmd|' /C calc'!A0 and @SUM(1) -5 plain", null,
                        java.util.Map.of("@region", org.gloss.model.AttributeValue.text("=1+1")))).id();
                long code = p.codebook().add("-minus code", null, null, "@SUM(A1)").id();
                long coder = p.coders().getOrCreate("@coder").id();
                p.codings().add(new org.gloss.api.store.NewCoding(doc, code, coder, 0, 17, "\ttabbed memo"));
            });
            String plain = new String(ExportSample.export(new CodeDocumentMatrixExporter(), p, ExportRequest.all()),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(plain).isEqualTo("document,@region,-minus code\r\n\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",=1+1,1\r\n");
            String excel = new String(ExportSample.export(new CodeDocumentMatrixExporter(), p,
                    ExportRequest.all().withOption("excel", "true")), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(excel).isEqualTo("\uFEFFdocument,'@region,'-minus code\r\n"
                    + "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'=1+1,1\r\n");
        }
    }
}
