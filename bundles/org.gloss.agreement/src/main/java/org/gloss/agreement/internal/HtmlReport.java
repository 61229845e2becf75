package org.gloss.agreement.internal;

import org.gloss.api.agreement.Disagreement;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.agreement.AgreementMeasure;
import org.gloss.api.store.AdjudicationDecision;
import org.jsoup.nodes.Entities;

/**
 * A self-contained HTML agreement report: one table row per code (and overall), each coefficient
 * coloured by strength (Landis and Koch's bands), the longest disagreements of each code as
 * excerpts, and the adjudication log.
 */
final class HtmlReport {
    private HtmlReport() {
    }

    /** The longest {@code perCode} disagreements of each code. */
    static List<Disagreement> disagreementExcerpts(Study study, int perCode) {
        Map<String, List<Disagreement>> byCode = new LinkedHashMap<>();
        for (Disagreement s : Disagreements.of(study)) {
            byCode.computeIfAbsent(s.code(), c -> new ArrayList<>()).add(s);
        }
        List<Disagreement> excerpts = new ArrayList<>();
        byCode.values().forEach(spans -> spans.stream()
                .sorted(Comparator.comparingInt((Disagreement s) -> s.end() - s.start()).reversed())
                .limit(perCode).forEach(excerpts::add));
        return excerpts;
    }

    static void write(PrintWriter out, AgreementReport report, AgreementOptions options, List<Disagreement> excerpts,
                      List<AdjudicationDecision> log) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Gloss agreement report</title>");
        out.println("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1.5em}"
                + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th{background:#eee}td.name{text-align:left}"
                + ".poor{background:#e57373}.slight{background:#ffb74d}.fair{background:#fff176}.moderate{background:#dce775}"
                + ".substantial{background:#aed581}.perfect{background:#66bb6a}.na{color:#888}"
                + "blockquote{border-left:4px solid #ccc;margin:0.5em 0;padding-left:0.8em}</style></head><body>");
        out.printf("<h1>Agreement of %s</h1>%n", Entities.escape(String.join(", ", report.coders)));
        out.printf("<p>Unit: <b>%s</b>%s. %s Definitions: docs/agreement.md.</p>%n",
                Entities.escape(report.level.key()), options.codedOnly() ? " (coded text only)" : "", bootstrap(options));
        out.printf("<p>Documents compared (%d): %s.", report.documents.size(), Entities.escape(String.join(", ", report.documents)));
        for (Study.LeftOut left : report.documentsLeftOut) {
            out.printf(" Left out, not yet coded by %s: <i>%s</i>.", Entities.escape(String.join(", ", left.notCodedBy())),
                    Entities.escape(left.document()));
        }
        if (!report.codesNotUsed.isEmpty()) {
            out.printf(" Codes no compared coder used (left out): %s.", Entities.escape(String.join(", ", report.codesNotUsed)));
        }
        out.println("</p>");
        out.println("<p>Colours (Landis &amp; Koch): <span class=\"poor\">&lt; 0 poor</span> <span class=\"slight\">0&ndash;0.20 slight</span> "
                + "<span class=\"fair\">0.21&ndash;0.40 fair</span> <span class=\"moderate\">0.41&ndash;0.60 moderate</span> "
                + "<span class=\"substantial\">0.61&ndash;0.80 substantial</span> <span class=\"perfect\">0.81&ndash;1 almost perfect</span></p>");
        out.println("<table><tr><th>code</th><th>units</th><th>prevalence</th>");
        List<String[]> columns = new ArrayList<>();
        for (AgreementMeasure m : report.measures) {
            Object v = report.overall.values.get(m.id());
            if (v instanceof Map<?, ?> byPair) {
                for (Object pair : byPair.keySet()) {
                    columns.add(new String[] {m.id(), pair.toString()});
                    out.printf("<th>%s<br>%s</th>", Entities.escape(m.displayName()), Entities.escape(pair.toString()));
                }
            } else {
                columns.add(new String[] {m.id(), null});
                out.printf("<th>%s</th>", Entities.escape(m.displayName()));
            }
        }
        out.println("</tr>");
        report.codes.forEach((code, f) -> row(out, code, f, columns));
        row(out, "overall", report.overall, columns);
        out.println("</table>");
        out.println("<h2>Disagreements (longest per code)</h2>");
        if (excerpts.isEmpty()) {
            out.println("<p>None: the coders covered exactly the same text.</p>");
        }
        for (Disagreement s : excerpts) {
            out.printf("<p><b>%s</b> in <i>%s</i> [%d, %d): coded by %s, not by %s</p><blockquote>%s</blockquote>%n",
                    Entities.escape(s.code()), Entities.escape(s.document()), s.start(), s.end(), Entities.escape(String.join(", ", s.coders())),
                    Entities.escape(String.join(", ", s.others())), Entities.escape(s.text()));
        }
        out.println("<h2>Adjudication log</h2>");
        if (log.isEmpty()) {
            out.println("<p>No decisions recorded.</p>");
        } else {
            out.println("<table><tr>");
            AdjudicationLogCommand.HEADER.forEach(h -> out.printf("<th>%s</th>", Entities.escape(h)));
            out.println("</tr>");
            for (AdjudicationDecision d : log) {
                out.print("<tr>");
                AdjudicationLogCommand.row(d).forEach(v -> out.printf("<td class=\"name\">%s</td>", Entities.escape(String.valueOf(v))));
                out.println("</tr>");
            }
            out.println("</table>");
        }
        out.println("</body></html>");
        out.flush();
    }

    private static String bootstrap(AgreementOptions options) {
        if (options.resamples() == 0) {
            return "No bootstrap intervals.";
        }
        return String.format(java.util.Locale.ROOT, "Bootstrap: %d resamples of %s, %.0f%% percentile intervals in brackets, seed %d.",
                options.resamples(), options.bootstrapByDocument() ? "whole documents" : "units",
                options.confidence() * 100, options.seed());
    }

    private static void row(PrintWriter out, String name, Figures f, List<String[]> columns) {
        out.printf("<tr><td class=\"name\">%s</td><td>%d</td><td>%s</td>", Entities.escape(name), f.units, ReportText.format(f.prevalence));
        for (String[] column : columns) {
            double v = f.value(column[0], column[1]);
            double[] ci = f.interval(column[0], column[1]);
            out.printf("<td class=\"%s\">%s%s</td>", strength(v), ReportText.format(v), ci == null ? ""
                    : "<br><small>[" + ReportText.format(ci[0]) + ", " + ReportText.format(ci[1]) + "]</small>");
        }
        out.println("</tr>");
    }

    static String strength(double v) {
        if (Double.isNaN(v)) {
            return "na";
        }
        if (v < 0) {
            return "poor";
        }
        if (v <= 0.20) {
            return "slight";
        }
        if (v <= 0.40) {
            return "fair";
        }
        if (v <= 0.60) {
            return "moderate";
        }
        return v <= 0.80 ? "substantial" : "perfect";
    }
}
