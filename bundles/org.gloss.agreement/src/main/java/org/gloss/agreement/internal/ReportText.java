package org.gloss.agreement.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gloss.api.agreement.AgreementMeasure;

/** The table (for people) and CSV (one row per scope, measure and pair) forms of a report. */
final class ReportText {
    private ReportText() {
    }

    static void table(PrintWriter out, AgreementReport report) {
        out.printf("Agreement of %s, unit: %s%n", String.join(", ", report.coders), report.level.key());
        scope(out, report);
        report.codes.forEach((code, figures) -> block(out, "code: " + code, figures, report));
        block(out, "overall", report.overall, report);
        out.println();
        out.println("n/a: undefined (e.g. only one category occurs); see docs/agreement.md");
    }

    /** Which documents were compared and which left out (and why), and the codes nobody used. */
    static void scope(PrintWriter out, AgreementReport report) {
        out.printf("Documents compared (%d): %s%n", report.documents.size(), String.join(", ", report.documents));
        for (Study.LeftOut left : report.documentsLeftOut) {
            out.printf("Left out, not yet coded by %s: %s%n", String.join(", ", left.notCodedBy()), left.document());
        }
        if (!report.codesNotUsed.isEmpty()) {
            out.printf("Not used by any compared coder (left out): %s%n", String.join(", ", report.codesNotUsed));
        }
    }

    private static void block(PrintWriter out, String title, Figures f, AgreementReport report) {
        out.println();
        out.printf("%s  (units %d, prevalence %s)%n", title, f.units, format(f.prevalence));
        for (AgreementMeasure measure : report.measures) {
            Object value = f.values.get(measure.id());
            Object interval = f.intervals.get(measure.id());
            if (value instanceof Map<?, ?> byPair) {
                for (Map.Entry<?, ?> e : byPair.entrySet()) {
                    Object ci = interval instanceof Map<?, ?> m ? m.get(e.getKey()) : null;
                    out.printf("  %-32s %-20s %8s  %s%n", measure.displayName(), e.getKey(), format((Double) e.getValue()),
                            ci(ci));
                }
            } else if (value instanceof Double d) {
                out.printf("  %-32s %-20s %8s  %s%n", measure.displayName(), "all", format(d), ci(interval));
            }
        }
        f.segments.forEach((pair, byCoder) -> byCoder.forEach((coder, c) ->
                out.printf("  segments of %-19s %-20s matched %d, unmatched %d%n", coder, pair, c[0], c[1])));
        f.documents.forEach((doc, figures) -> block(out, title + " / document: " + doc, figures, report));
    }

    private static String ci(Object interval) {
        return interval instanceof double[] d ? "[" + format(d[0]) + ", " + format(d[1]) + "]" : "";
    }

    static String format(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.4f", d);
    }

    static void csv(PrintWriter out, AgreementReport report) {
        List<List<?>> rows = new ArrayList<>();
        report.codes.forEach((code, figures) -> rows(rows, code, "", figures, report));
        rows(rows, "", "", report.overall, report);
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(
                    "code", "document", "measure", "pair", "value", "ci_low", "ci_high", "units", "prevalence").build());
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rows(List<List<?>> rows, String code, String document, Figures f, AgreementReport report) {
        for (AgreementMeasure measure : report.measures) {
            Object value = f.values.get(measure.id());
            Object interval = f.intervals.get(measure.id());
            if (value instanceof Map<?, ?> byPair) {
                for (Map.Entry<?, ?> e : byPair.entrySet()) {
                    Object ci = interval instanceof Map<?, ?> m ? m.get(e.getKey()) : null;
                    rows.add(row(code, document, measure.id(), e.getKey().toString(), (Double) e.getValue(), ci, f));
                }
            } else if (value instanceof Double d) {
                rows.add(row(code, document, measure.id(), "", d, interval, f));
            }
        }
        f.documents.forEach((doc, figures) -> rows(rows, code, doc, figures, report));
    }

    private static List<?> row(String code, String document, String measure, String pair, double value, Object ci, Figures f) {
        double[] interval = ci instanceof double[] d ? d : null;
        return Arrays.asList(code, document, measure, pair, csvNumber(value), interval == null ? "" : csvNumber(interval[0]),
                interval == null ? "" : csvNumber(interval[1]), f.units, csvNumber(f.prevalence));
    }

    private static String csvNumber(double d) {
        return Double.isNaN(d) ? "" : Double.toString(d);
    }
}
