package org.gloss.suggest.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gloss.api.agreement.MeasureValue;
import org.gloss.api.suggest.CodeAudit;
import org.gloss.api.suggest.EvaluationReport;
import org.gloss.api.suggest.LearningPoint;
import org.gloss.api.suggest.PrecisionRecall;

/**
 * The audit as tables: per code, each pair's pairwise coefficients with their intervals, the
 * machine's pairs first and the humans' pair marked, so the question "is the machine within the
 * range of a second human coder?" is answered by reading down a column.
 */
final class EvaluationTable {
    private EvaluationTable() {
    }

    static void write(PrintWriter out, EvaluationReport report) {
        var request = report.request();
        out.println("Suggester " + request.suggester() + " learned from " + String.join(", ", request.learnFrom())
                + "; " + request.folds() + "-fold cross-validation by document, seed " + request.settings().seed() + ", "
                + request.settings().unit().key() + " units, min score " + fixed(request.minScore()));
        out.println(report.documents().size() + " documents evaluated (coded by " + String.join(", ", request.against())
                + "); intervals: " + (request.resamples() == 0 ? "none" : Math.round(request.confidence() * 100)
                + "% from " + request.resamples() + " bootstrap resamples of documents"));
        out.println("machine = " + Visible.of(report.machineCoder()) + "; each document was suggested for by a model that never saw it");
        out.println();
        List<String> measures = pairwiseMeasures(report.overall());
        List<String> header = new ArrayList<>(List.of("code", "pair", "units"));
        measures.forEach(m -> header.add(displayName(report.overall(), m)));
        List<List<String>> rows = new ArrayList<>();
        for (CodeAudit audit : report.codes()) {
            rows.addAll(agreementRows(Visible.of(audit.code()), audit, measures, report.machineCoder()));
        }
        rows.addAll(agreementRows("(all codes)", report.overall(), measures, report.machineCoder()));
        print(out, header, rows);
        out.println();
        out.println("Precision and recall of the machine against each human (units):");
        List<List<String>> prRows = new ArrayList<>();
        for (CodeAudit audit : report.codes()) {
            prRows.addAll(prRows(Visible.of(audit.code()), audit));
        }
        prRows.addAll(prRows("(all codes)", report.overall()));
        print(out, List.of("code", "human", "precision", "recall", "F1", "both", "machine only", "human only"), prRows);
        out.println();
        out.println("Learning curve (" + report.learningCurveMeasure() + " of the machine with each human, every code pooled):");
        List<String> curveHeader = new ArrayList<>(List.of("training share", "documents per fold"));
        curveHeader.addAll(request.against());
        List<List<String>> curveRows = new ArrayList<>();
        for (LearningPoint p : report.learningCurve()) {
            List<String> row = new ArrayList<>(List.of(Math.round(p.share() * 100) + "%",
                    String.format(Locale.ROOT, "%.1f", p.trainingDocuments())));
            request.against().forEach(h -> row.add(fixed(p.agreementByHuman().getOrDefault(h, Double.NaN))));
            curveRows.add(row);
        }
        print(out, curveHeader, curveRows);
        if (!report.skipped().isEmpty()) {
            out.println();
            report.skipped().forEach((code, reason) -> out.println("not learned: " + Visible.of(code) + ": " + reason));
        }
        out.flush();
    }

    /** Pairwise measures present, in the engine's order. */
    private static List<String> pairwiseMeasures(CodeAudit overall) {
        Set<String> ids = new LinkedHashSet<>();
        overall.agreement().values().stream().filter(v -> v.pair() != null).forEach(v -> ids.add(v.measureId()));
        return List.copyOf(ids);
    }

    private static String displayName(CodeAudit audit, String measureId) {
        return audit.agreement().values().stream().filter(v -> v.measureId().equals(measureId)).findFirst()
                .map(MeasureValue::displayName).orElse(measureId);
    }

    private static List<List<String>> agreementRows(String code, CodeAudit audit, List<String> measures, String machine) {
        Map<String, Map<String, MeasureValue>> byPair = new LinkedHashMap<>();
        for (MeasureValue v : audit.agreement().values()) {
            if (v.pair() != null) {
                byPair.computeIfAbsent(v.pair(), p -> new LinkedHashMap<>()).put(v.measureId(), v);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        byPair.forEach((pair, values) -> {
            String shown = pair.startsWith(machine + "|") ? "machine | " + Visible.of(pair.substring(machine.length() + 1))
                    : Visible.of(pair.replace("|", " | ")) + " (humans)";
            List<String> row = new ArrayList<>(List.of(code, shown, Long.toString(audit.agreement().units())));
            for (String m : measures) {
                MeasureValue v = values.get(m);
                row.add(v == null ? "" : withInterval(v));
            }
            rows.add(row);
        });
        return rows;
    }

    private static List<List<String>> prRows(String code, CodeAudit audit) {
        List<List<String>> rows = new ArrayList<>();
        for (PrecisionRecall p : audit.precisionRecall()) {
            rows.add(List.of(code, Visible.of(p.human()), fixed(p.precision()), fixed(p.recall()), fixed(p.f1()),
                    Long.toString(p.truePositives()), Long.toString(p.falsePositives()), Long.toString(p.falseNegatives())));
        }
        return rows;
    }

    static String withInterval(MeasureValue v) {
        String value = fixed(v.value());
        if (Double.isNaN(v.low()) || Double.isNaN(v.high())) {
            return value;
        }
        return value + " [" + fixed(v.low()) + ", " + fixed(v.high()) + "]";
    }

    static String fixed(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static void print(PrintWriter out, List<String> header, List<List<String>> rows) {
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
