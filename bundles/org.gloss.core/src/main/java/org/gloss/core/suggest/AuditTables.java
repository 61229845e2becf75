package org.gloss.core.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.gloss.api.agreement.MeasureValue;
import org.gloss.api.suggest.CodeAudit;
import org.gloss.api.suggest.EvaluationReport;
import org.gloss.api.suggest.LearningPoint;
import org.gloss.api.suggest.PrecisionRecall;

/**
 * The audit's figures as tables of text, the same for {@code gloss suggest evaluate} and the
 * workbench's audit view: per code, each pair's pairwise coefficients with their intervals (the
 * machine's pairs first, the humans' pair marked), precision and recall against each human, and
 * the learning curve. {@code visible} shows names (the command line makes control characters
 * visible; the workbench shows them as they are).
 */
public final class AuditTables {
    private AuditTables() {
    }

    /** A header and rows of cells. */
    public record Table(List<String> header, List<List<String>> rows) {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** What was audited and how, one line each. */
    public static List<String> summary(EvaluationReport report, UnaryOperator<String> visible) {
        var request = report.request();
        return List.of(
                "Suggester " + request.suggester() + " learned from " + String.join(", ", request.learnFrom())
                        + "; " + request.folds() + "-fold cross-validation by document, seed " + request.settings().seed() + ", "
                        + request.settings().unit().key() + " units, min score " + fixed(request.minScore()),
                report.documents().size() + " documents evaluated (coded by " + String.join(", ", request.against())
                        + "); intervals: " + (request.resamples() == 0 ? "none" : Math.round(request.confidence() * 100)
                        + "% from " + request.resamples() + " bootstrap resamples of documents"),
                "machine = " + visible.apply(report.machineCoder()) + "; each document was suggested for by a model that never saw it");
    }

    public static Table agreement(EvaluationReport report, UnaryOperator<String> visible) {
        List<String> measures = pairwiseMeasures(report.overall());
        List<String> header = new ArrayList<>(List.of("code", "pair", "units"));
        measures.forEach(m -> header.add(displayName(report.overall(), m)));
        List<List<String>> rows = new ArrayList<>();
        for (CodeAudit audit : report.codes()) {
            rows.addAll(agreementRows(visible.apply(audit.code()), audit, measures, report.machineCoder(), visible));
        }
        rows.addAll(agreementRows("(all codes)", report.overall(), measures, report.machineCoder(), visible));
        return new Table(header, rows);
    }

    public static Table precisionRecall(EvaluationReport report, UnaryOperator<String> visible) {
        List<List<String>> rows = new ArrayList<>();
        for (CodeAudit audit : report.codes()) {
            rows.addAll(prRows(visible.apply(audit.code()), audit, visible));
        }
        rows.addAll(prRows("(all codes)", report.overall(), visible));
        return new Table(List.of("code", "human", "precision", "recall", "F1", "both", "machine only", "human only"), rows);
    }

    public static String learningCurveTitle(EvaluationReport report) {
        return "Learning curve (" + report.learningCurveMeasure() + " of the machine with each human, every code pooled):";
    }

    public static Table learningCurve(EvaluationReport report) {
        List<String> header = new ArrayList<>(List.of("training share", "documents per fold"));
        header.addAll(report.request().against());
        List<List<String>> rows = new ArrayList<>();
        for (LearningPoint p : report.learningCurve()) {
            List<String> row = new ArrayList<>(List.of(Math.round(p.share() * 100) + "%",
                    String.format(Locale.ROOT, "%.1f", p.trainingDocuments())));
            report.request().against().forEach(h -> row.add(fixed(p.agreementByHuman().getOrDefault(h, Double.NaN))));
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** "not learned: CODE: reason" for each code the suggester could not learn. */
    public static List<String> skipped(EvaluationReport report, UnaryOperator<String> visible) {
        List<String> lines = new ArrayList<>();
        report.skipped().forEach((code, reason) -> lines.add("not learned: " + visible.apply(code) + ": " + reason));
        return lines;
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

    private static List<List<String>> agreementRows(String code, CodeAudit audit, List<String> measures, String machine,
                                                    UnaryOperator<String> visible) {
        if (audit.agreement() == null) {
            return List.of(); // no figures for the code (nobody applied it on the evaluated documents)
        }
        Map<String, Map<String, MeasureValue>> byPair = new LinkedHashMap<>();
        for (MeasureValue v : audit.agreement().values()) {
            if (v.pair() != null) {
                byPair.computeIfAbsent(v.pair(), p -> new LinkedHashMap<>()).put(v.measureId(), v);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        byPair.forEach((pair, values) -> {
            String shown = pair.startsWith(machine + "|") ? "machine | " + visible.apply(pair.substring(machine.length() + 1))
                    : visible.apply(pair.replace("|", " | ")) + " (humans)";
            List<String> row = new ArrayList<>(List.of(code, shown, Long.toString(audit.agreement().units())));
            for (String m : measures) {
                MeasureValue v = values.get(m);
                row.add(v == null ? "" : withInterval(v));
            }
            rows.add(row);
        });
        return rows;
    }

    private static List<List<String>> prRows(String code, CodeAudit audit, UnaryOperator<String> visible) {
        List<List<String>> rows = new ArrayList<>();
        for (PrecisionRecall p : audit.precisionRecall()) {
            rows.add(List.of(code, visible.apply(p.human()), fixed(p.precision()), fixed(p.recall()), fixed(p.f1()),
                    Long.toString(p.truePositives()), Long.toString(p.falsePositives()), Long.toString(p.falseNegatives())));
        }
        return rows;
    }

    /** "0.412 [0.301, 0.520]", or the value alone without an interval. */
    public static String withInterval(MeasureValue v) {
        String value = fixed(v.value());
        if (Double.isNaN(v.low()) || Double.isNaN(v.high())) {
            return value;
        }
        return value + " [" + fixed(v.low()) + ", " + fixed(v.high()) + "]";
    }

    /** Three decimals, a point; "n/a" for NaN. */
    public static String fixed(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }
}
