package org.gloss.suggest.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.agreement.MeasureValue;
import org.gloss.api.suggest.CodeAudit;
import org.gloss.api.suggest.EvaluationReport;
import org.gloss.api.suggest.LearningPoint;
import org.gloss.api.suggest.PrecisionRecall;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The JSON form of an audit, as docs/suggestions.md describes it. Undefined values are null. */
final class EvaluationJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvaluationJson() {
    }

    static void write(PrintWriter out, EvaluationReport report) {
        try {
            out.println(JSON.writeValueAsString(tree(report)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> tree(EvaluationReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("suggester", report.request().suggester());
        settings.put("learnFrom", report.request().learnFrom());
        settings.put("against", report.request().against());
        settings.put("unit", report.request().settings().unit().key());
        settings.put("minScore", report.request().minScore());
        settings.put("minCoverage", report.request().settings().minCoverage());
        settings.put("folds", report.request().folds());
        settings.put("seed", report.request().settings().seed());
        settings.put("bootstrap", report.request().resamples());
        settings.put("bootstrapBy", "document");
        settings.put("confidence", report.request().confidence());
        root.put("settings", settings);
        root.put("machineCoder", report.machineCoder());
        Map<String, Object> documents = new LinkedHashMap<>();
        report.foldOf().forEach((name, fold) -> documents.put(name, fold + 1));
        root.put("folds", documents);
        Map<String, Object> codes = new LinkedHashMap<>();
        report.codes().forEach(audit -> codes.put(audit.code(), audit(audit)));
        root.put("codes", codes);
        root.put("overall", audit(report.overall()));
        Map<String, Object> curve = new LinkedHashMap<>();
        curve.put("measure", report.learningCurveMeasure());
        List<Object> points = new ArrayList<>();
        for (LearningPoint p : report.learningCurve()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("share", p.share());
            point.put("trainingDocuments", p.trainingDocuments());
            Map<String, Object> byHuman = new LinkedHashMap<>();
            p.agreementByHuman().forEach((h, v) -> byHuman.put(h, number(v)));
            point.put("agreement", byHuman);
            points.add(point);
        }
        curve.put("points", points);
        root.put("learningCurve", curve);
        root.put("notLearned", report.skipped());
        return root;
    }

    private static Map<String, Object> audit(CodeAudit audit) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("units", audit.agreement().units());
        node.put("prevalence", number(audit.agreement().prevalence()));
        Map<String, Object> measures = new LinkedHashMap<>();
        for (MeasureValue v : audit.agreement().values()) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("value", number(v.value()));
            value.put("low", number(v.low()));
            value.put("high", number(v.high()));
            @SuppressWarnings("unchecked")
            Map<String, Object> measure = (Map<String, Object>) measures.computeIfAbsent(v.measureId(), k -> new LinkedHashMap<>());
            measure.put(v.pair() == null ? "all" : v.pair(), value);
        }
        node.put("agreement", measures);
        Map<String, Object> pr = new LinkedHashMap<>();
        for (PrecisionRecall p : audit.precisionRecall()) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("precision", number(p.precision()));
            values.put("recall", number(p.recall()));
            values.put("f1", number(p.f1()));
            values.put("truePositives", p.truePositives());
            values.put("falsePositives", p.falsePositives());
            values.put("falseNegatives", p.falseNegatives());
            pr.put(p.human(), values);
        }
        node.put("precisionRecall", pr);
        return node;
    }

    private static Double number(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
