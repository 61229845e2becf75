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
import org.gloss.api.testing.ExportSample;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxExporterTest {
    @TempDir
    Path dir;

    @Test
    void workbookHasSegmentsAndCodebookSheets() throws Exception {
        try (ProjectSession p = ExportSample.project(new SqliteStoreProvider(), dir);
             XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ExportSample.export(new XlsxExporter(), p, ExportRequest.all())))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Sheet segments = book.getSheet("Segments");
            assertThat(segments.getLastRowNum()).isEqualTo(3);
            assertThat(row(segments.getRow(0))).isEqualTo("document|code|code path|coder|start|end|text|memo|age|region");
            assertThat(row(segments.getRow(2))).isEqualTo("interview|debt|Economy > debt|aida|15.0|22.0|A: debt|first, \"quoted\" memo|42|Алматы");
            Sheet codebook = book.getSheet("Codebook");
            assertThat(row(codebook.getRow(0))).isEqualTo("code path|level|code|colour|description|total|aida|ben");
            assertThat(row(codebook.getRow(1))).isEqualTo("Economy|1.0|Economy|#112233|money & <stuff>|1.0|0.0|1.0");
            // a code added without a colour gets the palette's first one (decision 67)
            assertThat(row(codebook.getRow(2))).isEqualTo("Economy > debt|2.0|debt|#E69F00||2.0|1.0|1.0");
            XSSFCellStyle fill = (XSSFCellStyle) codebook.getRow(1).getCell(3).getCellStyle();
            assertThat(fill.getFillForegroundXSSFColor().getARGBHex()).endsWith("112233");
        }
    }

    @Test
    void sheetPerTopLevelCodeHoldsTheSegmentsOfItsSubtree() throws Exception {
        try (ProjectSession p = ExportSample.project(new SqliteStoreProvider(), dir);
             XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ExportSample.export(new XlsxExporter(), p,
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

    @Test
    void textCellsAreStringsAndFormulaLikeTextIsNeutralised() throws Exception {
        try (ProjectSession p = new org.gloss.store.sqlite.internal.SqliteStoreProvider().create(dir.resolve("f.gloss").toString())) {
            p.inTransaction(() -> {
                long doc = p.documents().add(new org.gloss.api.store.NewDocument("=HYPERLINK(\"http://evil\",\"x\")",
                        "+cmd|' /C calc'!A0 and @SUM(1) -5 plain", null,
                        java.util.Map.of("@region", org.gloss.model.AttributeValue.text("=1+1")))).id();
                long code = p.codebook().add("-minus code", null, null, "@SUM(A1)").id();
                long coder = p.coders().getOrCreate("@coder").id();
                p.codings().add(new org.gloss.api.store.NewCoding(doc, code, coder, 0, 17, "\ttabbed memo"));
            });
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ExportSample.export(new XlsxExporter(), p, ExportRequest.all())))) {
                var segments = book.getSheet("Segments");
                java.util.List<String> texts = new java.util.ArrayList<>();
                for (var cell : segments.getRow(1)) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    } else {
                        assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                    }
                }
                assertThat(texts).containsExactly("'=HYPERLINK(\"http://evil\",\"x\")", "'-minus code", "'-minus code", "'@coder",
                        "'+cmd|' /C calc'!A", "'\ttabbed memo", "'=1+1");
                assertThat(segments.getRow(0).getCell(8).getStringCellValue()).isEqualTo("'@region");
                assertThat(book.getSheet("Codebook").getRow(1).getCell(4).getStringCellValue()).isEqualTo("'@SUM(A1)");
            }
        }
    }
}
