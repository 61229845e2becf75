package org.gloss.suggest.cli.internal;

import java.io.PrintWriter;
import java.util.List;

import org.gloss.api.suggest.EvaluationReport;
import org.gloss.core.suggest.AuditTables;

/**
 * The audit as tables: per code, each pair's pairwise coefficients with their intervals, the
 * machine's pairs first and the humans' pair marked, so the question "is the machine within the
 * range of a second human coder?" is answered by reading down a column. The figures are the
 * workbench audit view's ({@link AuditTables}).
 */
final class EvaluationTable {
    private EvaluationTable() {
    }

    static void write(PrintWriter out, EvaluationReport report) {
        AuditTables.summary(report, Visible::of).forEach(out::println);
        out.println();
        print(out, AuditTables.agreement(report, Visible::of));
        out.println();
        out.println("Precision and recall of the machine against each human (units):");
        print(out, AuditTables.precisionRecall(report, Visible::of));
        out.println();
        out.println(AuditTables.learningCurveTitle(report));
        print(out, AuditTables.learningCurve(report));
        List<String> skipped = AuditTables.skipped(report, Visible::of);
        if (!skipped.isEmpty()) {
            out.println();
            skipped.forEach(out::println);
        }
        out.flush();
    }

    private static void print(PrintWriter out, AuditTables.Table table) {
        List<String> header = table.header();
        List<List<String>> rows = table.rows();
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = header.get(c).codePointCount(0, header.get(c).length());
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).codePointCount(0, row.get(c).length()));
            }
        }
        line(out, header, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
    }

    private static void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            sb.append(cell);
            if (c < cells.size() - 1) {
                sb.append(" ".repeat(widths[c] - cell.codePointCount(0, cell.length()) + 2));
            }
        }
        out.println(sb.toString().stripTrailing());
    }
}
