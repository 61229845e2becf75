package org.gloss.export.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.exporter.Exporter;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.exchange.ExportData;
import org.gloss.core.exchange.SpreadsheetCells;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.osgi.service.component.annotations.Component;

/**
 * An Excel workbook written with POI's streaming SXSSF (only a window of rows is in memory, so
 * 100,000 segments fit in a small heap): a Segments sheet with the CSV export's columns, a
 * Codebook sheet (hierarchy, colour, description, counts per coder) and, with
 * {@code -O sheet-per-code}, one sheet per top-level code with the segments under it.
 */
@Component(service = Exporter.class)
public class XlsxExporter implements Exporter {
    static final String SHEET_PER_CODE = "sheet-per-code";
    static final List<String> SEGMENT_COLUMNS = List.of("document", "code", "code path", "coder", "start", "end", "text", "memo");
    /** Excel refuses longer cell texts. */
    static final int MAX_CELL_TEXT = 32_767;
    private static final int ROW_WINDOW = 200;
    // POI logs through the Log4j API: org.gloss.lib.poi bridges it to Gloss's log (log4j-to-jul)

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
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public Map<String, String> options() {
        return Map.of(SHEET_PER_CODE, "add one sheet per top-level code with the segments of it and its sub-codes");
    }

    @Override
    public java.util.Set<String> flags() {
        return java.util.Set.of(SHEET_PER_CODE);
    }

    @Override
    public void export(ProjectSession project, ExportRequest request, OutputStream out) throws IOException {
        // POI and log4j load classes through the context class loader; inside OSGi that must be
        // this bundle's, which holds the embedded libraries.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(XlsxExporter.class.getClassLoader());
        try {
            write(project, request, out);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void write(ProjectSession project, ExportRequest request, OutputStream out) throws IOException {
        ExportData data = ExportData.load(project, request);
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        workbook.setCompressTempFiles(true);
        try {
            CellStyle header = headerStyle(workbook);
            List<String> attributes = data.attributeKeys();
            Sheet segments = workbook.createSheet("Segments");
            writeSegmentHeader(segments, header, attributes);
            Map<Long, Sheet> perCode = request.flag(SHEET_PER_CODE) ? topLevelSheets(workbook, data, header, attributes) : Map.of();
            Map<Sheet, Integer> nextRow = new HashMap<>();
            for (Coding coding : data.codings()) {
                writeSegment(segments, nextRow, data, coding, attributes);
                Sheet codeSheet = perCode.get(data.topLevel(coding.codeId()).id());
                if (codeSheet != null) {
                    writeSegment(codeSheet, nextRow, data, coding, attributes);
                }
            }
            writeCodebook(workbook, data, header);
            ((SXSSFSheet) segments).setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, nextRow.getOrDefault(segments, 1) - 1),
                    0, SEGMENT_COLUMNS.size() + attributes.size() - 1));
            segments.createFreezePane(0, 1);
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        return style;
    }

    private static void writeSegmentHeader(Sheet sheet, CellStyle style, List<String> attributes) {
        Row row = sheet.createRow(0);
        List<String> header = new ArrayList<>(SEGMENT_COLUMNS);
        header.addAll(attributes);
        for (int i = 0; i < header.size(); i++) {
            row.createCell(i).setCellValue(cellText(header.get(i)));
            row.getCell(i).setCellStyle(style);
        }
    }

    private static Map<Long, Sheet> topLevelSheets(SXSSFWorkbook workbook, ExportData data, CellStyle header,
                                                   List<String> attributes) {
        Map<Long, Sheet> sheets = new LinkedHashMap<>();
        Set<String> used = new HashSet<>(List.of("segments", "codebook"));
        for (Code code : data.codesInTreeOrder()) {
            if (code.parentId() != null) {
                continue;
            }
            String base = WorkbookUtil.createSafeSheetName(code.name());
            String name = base;
            for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
            }
            Sheet sheet = workbook.createSheet(name);
            writeSegmentHeader(sheet, header, attributes);
            sheets.put(code.id(), sheet);
        }
        return sheets;
    }

    private static void writeSegment(Sheet sheet, Map<Sheet, Integer> nextRow, ExportData data, Coding coding,
                                     List<String> attributes) {
        int index = nextRow.merge(sheet, 1, Integer::sum);
        Row row = sheet.createRow(index);
        int col = 0;
        row.createCell(col++).setCellValue(cellText(data.document(coding.documentId()).name()));
        row.createCell(col++).setCellValue(cellText(data.code(coding.codeId()).name()));
        row.createCell(col++).setCellValue(cellText(data.path(coding.codeId())));
        row.createCell(col++).setCellValue(cellText(data.coder(coding.coderId()).name()));
        row.createCell(col++).setCellValue(coding.start());
        row.createCell(col++).setCellValue(coding.end());
        row.createCell(col++).setCellValue(cellText(data.coveredText(coding)));
        row.createCell(col++).setCellValue(coding.memo() == null ? "" : cellText(coding.memo()));
        for (String key : attributes) {
            row.createCell(col++).setCellValue(cellText(data.attribute(coding.documentId(), key)));
        }
    }

    private static void writeCodebook(SXSSFWorkbook workbook, ExportData data, CellStyle header) {
        Sheet sheet = workbook.createSheet("Codebook");
        List<String> columns = new ArrayList<>(List.of("code path", "level", "code", "colour", "description", "total"));
        data.coders().forEach(c -> columns.add(c.name()));
        Row top = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            top.createCell(i).setCellValue(cellText(columns.get(i)));
            top.getCell(i).setCellStyle(header);
        }
        Map<Long, Map<Long, Integer>> counts = data.countsByCodeAndCoder();
        Map<String, CellStyle> fills = new HashMap<>();
        int r = 1;
        for (Code code : data.codesInTreeOrder()) {
            Row row = sheet.createRow(r++);
            Map<Long, Integer> byCoder = counts.getOrDefault(code.id(), Map.of());
            row.createCell(0).setCellValue(cellText(data.path(code.id())));
            row.createCell(1).setCellValue(data.depth(code) + 1);
            row.createCell(2).setCellValue(cellText(code.name()));
            row.createCell(3).setCellValue(code.color() == null ? "" : code.color());
            if (code.color() != null) {
                row.getCell(3).setCellStyle(fills.computeIfAbsent(code.color(), c -> fill(workbook, c)));
            }
            row.createCell(4).setCellValue(code.description() == null ? "" : cellText(code.description()));
            row.createCell(5).setCellValue(byCoder.values().stream().mapToInt(Integer::intValue).sum());
            int col = 6;
            for (Coder coder : data.coders()) {
                row.createCell(col++).setCellValue(byCoder.getOrDefault(coder.id(), 0));
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static CellStyle fill(SXSSFWorkbook workbook, String hex) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        byte[] rgb = java.util.HexFormat.of().parseHex(hex.substring(1));
        style.setFillForegroundColor(new XSSFColor(rgb, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    /**
     * Text as a string cell holds it: cut to Excel's limit and neutralised, since a cell edited in
     * Excel (F2, Enter) is parsed again and "=HYPERLINK(...)" would become a formula.
     */
    static String cellText(String raw) {
        String text = SpreadsheetCells.neutralize(raw);
        if (text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        int cut = MAX_CELL_TEXT - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "…";
    }
}
