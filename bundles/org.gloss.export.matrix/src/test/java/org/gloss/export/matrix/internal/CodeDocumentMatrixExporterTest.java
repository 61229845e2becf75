package org.gloss.export.matrix.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.gloss.api.error.GlossException;
import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.store.ProjectSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeDocumentMatrixExporterTest {
    @TempDir
    Path dir;

    @Test
    void binaryMatrixHasOneRowPerDocumentAndOneColumnPerCodeInTreeOrder() throws Exception {
        try (ProjectSession p = Fixture.project(dir)) {
            String csv = new String(Fixture.export(new CodeDocumentMatrixExporter(), p, ExportRequest.all()), StandardCharsets.UTF_8);
            assertThat(csv).isEqualTo("document,age,region,Economy,Economy > debt,unused\r\n"
                    + "empty one,,,0,0,0\r\n"
                    + "interview,42,Алматы,1,1,0\r\n");
        }
    }

    @Test
    void countsOptionCountsCodingsAndBadValuesAreErrors() throws Exception {
        try (ProjectSession p = Fixture.project(dir)) {
            String csv = new String(Fixture.export(new CodeDocumentMatrixExporter(), p,
                    ExportRequest.all().withOption("values", "counts")), StandardCharsets.UTF_8);
            assertThat(csv.lines()).contains("interview,42,Алматы,1,2,0");
            assertThatThrownBy(() -> Fixture.export(new CodeDocumentMatrixExporter(), p,
                    ExportRequest.all().withOption("values", "percent")))
                    .isInstanceOf(GlossException.class)
                    .hasMessage("export option 'values': expected 'binary' or 'counts', got 'percent'");
        }
    }
}
