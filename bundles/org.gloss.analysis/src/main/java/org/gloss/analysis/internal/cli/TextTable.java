package org.gloss.analysis.internal.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.gloss.api.exporter.ResultTable;

/**
 * A result table for people: columns aligned (widths in code points), numbers right-aligned and
 * rounded to three decimals, long texts on one line and cut.
 */
final class TextTable {
    static final int MAX_TEXT = 80;

    private TextTable() {
    }

    static void print(PrintWriter out, ResultTable table) {
        List<String[]> lines = new ArrayList<>();
        lines.add(table.columns().toArray(String[]::new));
        for (List<Object> row : table.rows()) {
            String[] cells = new String[row.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cell(row.get(c));
            }
            lines.add(cells);
        }
        int[] widths = new int[table.columns().size()];
        boolean[] numeric = new boolean[widths.length];
        java.util.Arrays.fill(numeric, true);
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                numeric[c] &= row.get(c) == null || row.get(c) instanceof Number;
            }
        }
        for (String[] line : lines) {
            for (int c = 0; c < line.length; c++) {
                widths[c] = Math.max(widths[c], length(line[c]));
            }
        }
        for (String[] line : lines) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < line.length; c++) {
                String padding = " ".repeat(widths[c] - length(line[c]));
                if (c > 0) {
                    b.append("  ");
                }
                b.append(numeric[c] ? padding + line[c] : line[c] + (c == line.length - 1 ? "" : padding));
            }
            out.println(b.toString().stripTrailing());
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return "";
            }
            return BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        String text = value.toString().replace("\r\n", "⏎").replace('\n', '⏎').replace('\t', ' ');
        if (length(text) > MAX_TEXT) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_TEXT - 1)) + "…";
        }
        return text;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
