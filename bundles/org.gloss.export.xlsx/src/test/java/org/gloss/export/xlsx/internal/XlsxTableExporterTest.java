package org.gloss.export.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gloss.api.exporter.ResultTable;
import org.junit.jupiter.api.Test;

class XlsxTableExporterTest {
    @Test
    void everyTableIsASheetWithNumbersAsNumbersAndMatricesShaded() throws Exception {
        ResultTable matrix = new ResultTable("Matrix", List.of("code", "Aigerim", "Берік"),
                List.of(Arrays.asList("debt concern", 2L, 1L), Arrays.asList("двусторонняя дорога", 0.5, null)), true);
        ResultTable segments = new ResultTable("Matrix", List.of("document", "text"),
                List.of(List.of("Aigerim", "中国 loans 😀"), List.of("=HYPERLINK(\"x\")", "-5 is text")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxTableExporter().write(List.of(matrix, segments), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetName(1)).isEqualTo("Matrix (2)");
            XSSFSheet sheet = book.getSheet("Matrix");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Берік");
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(0.5);
            assertThat(sheet.getRow(2).getCell(2)).isNull();
            assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
            ConditionalFormatting shading = sheet.getSheetConditionalFormatting().getConditionalFormattingAt(0);
            assertThat(shading.getFormattingRanges()[0].formatAsString()).isEqualTo("B2:C3");
            assertThat(book.getSheetAt(1).getRow(1).getCell(1).getStringCellValue()).isEqualTo("中国 loans 😀");
            // a spreadsheet would run these as formulas (decision 66)
            assertThat(book.getSheetAt(1).getRow(2).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
            assertThat(book.getSheetAt(1).getRow(2).getCell(1).getStringCellValue()).isEqualTo("'-5 is text");
            assertThat(book.getSheetAt(1).getSheetConditionalFormatting().getNumConditionalFormattings()).isZero();
        }
    }
}
