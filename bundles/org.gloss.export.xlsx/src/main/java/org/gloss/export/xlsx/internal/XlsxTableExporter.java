package org.gloss.export.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.gloss.api.exporter.ResultTable;
import org.gloss.api.exporter.TableExporter;
import org.osgi.service.component.annotations.Component;

/**
 * Result tables as an Excel workbook, one sheet per table: a bold, frozen header with a filter,
 * numbers as numbers, and for matrices a white-to-blue colour scale over the numbers (a heat map
 * that Excel keeps live when cells change). Written with POI's streaming SXSSF.
 */
@Component(service = TableExporter.class)
public class XlsxTableExporter implements TableExporter {
    private static final int ROW_WINDOW = 200;

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public String displayName() {
        return "Excel workbook (XLSX)";
    }

    @Override
    public String fileExtension() {
        return "xlsx";
    }

    @Override
    public boolean holdsSeveralTables() {
        return true;
    }

    @Override
    public void write(List<ResultTable> tables, OutputStream out) throws IOException {
        // POI loads classes through the context class loader; inside OSGi that must be this bundle's
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(XlsxTableExporter.class.getClassLoader());
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Set<String> used = new HashSet<>();
            for (ResultTable table : tables) {
                writeSheet(workbook, sheetName(table.name(), used), table, header);
            }
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
            thread.setContextClassLoader(previous);
        }
    }

    private static String sheetName(String name, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(name.isBlank() ? "Table" : name);
        String chosen = base;
        for (int n = 2; !used.add(chosen.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            chosen = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return chosen;
    }

    private static void writeSheet(SXSSFWorkbook workbook, String name, ResultTable table, CellStyle header) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row top = sheet.createRow(0);
        for (int c = 0; c < table.columns().size(); c++) {
            top.createCell(c).setCellValue(XlsxExporter.cellText(table.columns().get(c)));
            top.getCell(c).setCellStyle(header);
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Number n) {
                    double d = n.doubleValue();
                    if (!Double.isNaN(d) && !Double.isInfinite(d)) {
                        row.createCell(c).setCellValue(d);
                    }
                } else if (v != null) {
                    row.createCell(c).setCellValue(XlsxExporter.cellText(v.toString()));
                }
            }
        }
        sheet.createFreezePane(1, 1);
        int lastRow = Math.max(1, table.rows().size());
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, table.columns().size() - 1));
        if (table.heatMap() && table.columns().size() > 1 && !table.rows().isEmpty()) {
            colourScale(sheet, new CellRangeAddress(1, table.rows().size(), 1, table.columns().size() - 1));
        }
    }

    private static void colourScale(SXSSFSheet sheet, CellRangeAddress range) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        ColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(2);
        scale.getThresholds()[0].setRangeType(RangeType.MIN);
        scale.getThresholds()[1].setRangeType(RangeType.MAX);
        scale.setColors(new org.apache.poi.ss.usermodel.Color[] {
            new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null),
            new XSSFColor(new byte[] {(byte) 0x2E, (byte) 0x86, (byte) 0xAB}, null)});
        formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
    }
}
