package org.gloss.chart.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.AttributeEquals;
import org.gloss.api.analysis.AttributeRange;
import org.gloss.api.analysis.DocumentCondition;
import org.gloss.api.analysis.DocumentNamed;
import org.gloss.api.chart.ChartInput;
import org.gloss.api.chart.ChartKind;
import org.gloss.api.chart.ChartOption;
import org.gloss.api.chart.ChartRequest;
import org.gloss.api.chart.Rgb;
import org.gloss.api.error.GlossException;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Code;

/** What the kinds share: checking requests, code colours, the note of the filter. */
final class ChartSupport {
    private ChartSupport() {
    }

    /** Refuses options the kind does not know, values outside their choices, and missing inputs. */
    static void check(ChartKind kind, ChartRequest request) {
        for (Map.Entry<String, String> given : request.options().entrySet()) {
            ChartOption option = kind.options().stream().filter(o -> o.name().equals(given.getKey())).findFirst()
                    .orElseThrow(() -> new GlossException("chart '" + kind.id() + "' takes no --" + given.getKey()
                            + optionList(kind)));
            String value = given.getValue() == null ? "" : given.getValue().strip();
            if (!option.choices().isEmpty() && !value.isEmpty() && option.choices().stream()
                    .noneMatch(c -> c.endsWith(":") ? value.startsWith(c) && value.length() > c.length() : c.equals(value))) {
                throw new GlossException("invalid --" + option.name() + " '" + value + "' for chart '" + kind.id()
                        + "' (expected " + String.join(", ", option.choices().stream().map(c -> c.endsWith(":") ? c + "KEY" : c).toList()) + ")");
            }
        }
        if (kind.needs().contains(ChartInput.DOCUMENT) && (request.document() == null || request.document().isBlank())) {
            throw new GlossException("chart '" + kind.id() + "' draws one document: name it with --doc");
        }
        if (kind.needs().contains(ChartInput.CODERS) && request.coders().size() < 2) {
            throw new GlossException("chart '" + kind.id() + "' compares two or more coders: name them with --coders A,B");
        }
    }

    private static String optionList(ChartKind kind) {
        return kind.options().isEmpty() ? " options" : " (it takes " + String.join(", ", kind.options().stream().map(o -> "--" + o.name()).toList()) + ")";
    }

    static int intOption(ChartRequest request, String name, int fallback, int min, int max) {
        String value = request.option(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(value);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new GlossException("invalid --" + name + " '" + value + "': expected a whole number from " + min + " to " + max);
    }

    static double doubleOption(ChartRequest request, String name, double fallback, double min, double max) {
        String value = request.option(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(value);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new GlossException("invalid --" + name + " '" + value + "': expected a number from " + min + " to " + max);
    }

    /** Each code's own colour by name (grey for a code without a valid colour). */
    static Map<String, Rgb> codeColours(ProjectSession session) {
        Map<String, Rgb> colours = new HashMap<>();
        for (Code code : session.codebook().list()) {
            colours.put(code.name(), Rgb.parse(code.color(), Palette.NEUTRAL_CODE));
        }
        return colours;
    }

    /** "coders: aida, ben · documents: interview · region = Almaty · age 30..40", or "all coders · all documents". */
    static String filterNote(AnalysisFilter filter) {
        List<String> parts = new ArrayList<>();
        parts.add(filter.coders().isEmpty() ? "all coders" : "coders: " + String.join(", ", filter.coders()));
        if (filter.sameCoder()) {
            parts.add("coders kept apart");
        }
        List<String> documents = new ArrayList<>();
        List<String> attributes = new ArrayList<>();
        for (DocumentCondition c : filter.documents()) {
            if (c instanceof DocumentNamed named) {
                documents.add(named.name());
            } else if (c instanceof AttributeEquals equals) {
                attributes.add(equals.key() + " = " + equals.value());
            } else if (c instanceof AttributeRange range) {
                attributes.add(range.key() + " " + (range.min() == null ? "" : range.min()) + ".." + (range.max() == null ? "" : range.max()));
            } else {
                attributes.add(c.toString());
            }
        }
        parts.add(documents.isEmpty() ? "all documents" : "documents: " + String.join(", ", documents));
        parts.addAll(attributes);
        return String.join(" · ", parts);
    }

    static String note(AnalysisFilter filter, String... more) {
        StringBuilder note = new StringBuilder(filterNote(filter));
        for (String m : more) {
            if (m != null && !m.isBlank()) {
                note.append(" · ").append(m);
            }
        }
        return note.toString();
    }
}
