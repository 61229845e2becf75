package org.gloss.agreement.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The JSON form of an agreement report, as documented in docs/agreement.md. Undefined values are null. */
final class ReportJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    static void write(PrintWriter out, AgreementReport report, AgreementOptions options) {
        try {
            out.println(JSON.writeValueAsString(tree(report, options)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> tree(AgreementReport report, AgreementOptions options) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("unit", report.level.key());
        root.put("coders", report.coders);
        Map<String, Object> codes = new LinkedHashMap<>();
        report.codes.forEach((code, figures) -> codes.put(code, figures(figures)));
        root.put("codes", codes);
        root.put("codes_not_used", report.codesNotUsed);
        root.put("overall", figures(report.overall));
        root.put("documents", report.documents);
        List<Map<String, Object>> leftOut = new ArrayList<>();
        for (Study.LeftOut left : report.documentsLeftOut) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("document", left.document());
            entry.put("not_coded_by", left.notCodedBy());
            leftOut.add(entry);
        }
        root.put("documents_left_out", leftOut);
        Map<String, Object> measures = new LinkedHashMap<>();
        report.measures.forEach(m -> measures.put(m.id(), m.displayName()));
        root.put("measures", measures);
        Map<String, Object> settings = new LinkedHashMap<>();
        if (options.level() == UnitLevel.SEGMENT) {
            settings.put("min_overlap", options.minOverlap() * 100);
        }
        settings.put("coded_only", options.codedOnly());
        settings.put("all_codes", options.allCodes());
        settings.put("bootstrap", options.resamples());
        settings.put("bootstrap_by", options.bootstrapByDocument() ? "document" : "unit");
        settings.put("seed", options.seed());
        settings.put("confidence", options.confidence());
        root.put("settings", settings);
        return root;
    }

    static Map<String, Object> figures(Figures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        f.values.forEach((measure, value) -> m.put(measure, plain(value)));
        m.put("units", f.units);
        m.put("prevalence", number(f.prevalence));
        if (!f.intervals.isEmpty()) {
            Map<String, Object> ci = new LinkedHashMap<>();
            f.intervals.forEach((measure, value) -> ci.put(measure, plain(value)));
            m.put("ci", ci);
        }
        if (!f.segments.isEmpty()) {
            Map<String, Object> segments = new LinkedHashMap<>();
            f.segments.forEach((pair, byCoder) -> {
                Map<String, Object> coders = new LinkedHashMap<>();
                byCoder.forEach((coder, c) -> {
                    Map<String, Object> counts = new LinkedHashMap<>(); // Map.of's order differs between runs
                    counts.put("matched", c[0]);
                    counts.put("unmatched", c[1]);
                    coders.put(coder, counts);
                });
                segments.put(pair, coders);
            });
            m.put("segments", segments);
        }
        if (!f.documents.isEmpty()) {
            Map<String, Object> documents = new LinkedHashMap<>();
            f.documents.forEach((doc, figures) -> documents.put(doc, figures(figures)));
            m.put("documents", documents);
        }
        return m;
    }

    private static Object plain(Object value) {
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof double[] interval) {
            List<Double> pair = new ArrayList<>();
            pair.add(number(interval[0]));
            pair.add(number(interval[1]));
            return pair;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        return value;
    }

    private static Double number(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? null : d;
    }
}
