package org.gloss.export.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.store.ProjectSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxExporterTest {
    @TempDir
    Path dir;

    @Test
    void workbookHasSegmentsAndCodebookSheets() throws Exception {
        try (ProjectSession p = Fixture.project(dir);
             XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Fixture.export(new XlsxExporter(), p, ExportRequest.all())))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Sheet segments = book.getSheet("Segments");
            assertThat(segments.getLastRowNum()).isEqualTo(3);
            assertThat(row(segments.getRow(0))).isEqualTo("document|code|code path|coder|start|end|text|memo|age|region");
            assertThat(row(segments.getRow(2))).isEqualTo("interview|debt|Economy > debt|aida|15.0|22.0|A: debt|first, \"quoted\" memo|42|Алматы");
            Sheet codebook = book.getSheet("Codebook");
            assertThat(row(codebook.getRow(0))).isEqualTo("code path|level|code|colour|description|total|aida|ben");
            assertThat(row(codebook.getRow(1))).isEqualTo("Economy|1.0|Economy|#112233|money & <stuff>|1.0|0.0|1.0");
            assertThat(row(codebook.getRow(2))).isEqualTo("Economy > debt|2.0|debt||{}|2.0|1.0|1.0".replace("{}", ""));
            XSSFCellStyle fill = (XSSFCellStyle) codebook.getRow(1).getCell(3).getCellStyle();
            assertThat(fill.getFillForegroundXSSFColor().getARGBHex()).endsWith("112233");
        }
    }

    @Test
    void sheetPerTopLevelCodeHoldsTheSegmentsOfItsSubtree() throws Exception {
        try (ProjectSession p = Fixture.project(dir);
             XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Fixture.export(new XlsxExporter(), p,
                     ExportRequest.all().withOption("sheet-per-code", "true"))))) {
            assertThat(book.getSheet("Economy").getLastRowNum()).isEqualTo(3);
            assertThat(book.getSheet("unused").getLastRowNum()).isEqualTo(0);
        }
    }

    @Test
    void overlongCellTextIsCutToExcelsLimit() {
        String longText = "x".repeat(40_000);
        assertThat(XlsxExporter.cellText(longText)).hasSize(XlsxExporter.MAX_CELL_TEXT).endsWith("…");
    }

    private static String row(Row row) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            if (i > 0) {
                b.append('|');
            }
            var cell = row.getCell(i);
            b.append(cell == null ? "" : cell.toString());
        }
        return b.toString();
    }
}
