package org.gloss.api.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gloss.api.analysis.AnalysisFilter;

/**
 * What to draw: the analysis filter (coders, documents, attributes), the document of a
 * per-document chart, the coders an agreement chart compares, the kind's options by name
 * ({@link ChartKind#options()}) and the size of the drawing in pixels.
 */
public record ChartRequest(AnalysisFilter filter, String document, List<String> coders, Map<String, String> options,
                           double width, double height) {
    public static final double DEFAULT_WIDTH = 1000;
    public static final double DEFAULT_HEIGHT = 700;

    public ChartRequest {
        filter = Objects.requireNonNullElse(filter, AnalysisFilter.ALL);
        coders = List.copyOf(Objects.requireNonNullElse(coders, List.of()));
        options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNullElse(options, Map.of())));
        if (!(width >= 100 && height >= 100 && width <= 20_000 && height <= 20_000)) {
            throw new IllegalArgumentException("a chart is 100 to 20000 pixels wide and high, not " + width + " x " + height);
        }
    }

    public static ChartRequest of(AnalysisFilter filter) {
        return new ChartRequest(filter, null, List.of(), Map.of(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /** The option's value, or {@code fallback} when the request does not give it. */
    public String option(String name, String fallback) {
        String value = options.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    public ChartRequest withOption(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(options);
        all.put(name, value);
        return new ChartRequest(filter, document, coders, all, width, height);
    }

    public ChartRequest withDocument(String name) {
        return new ChartRequest(filter, name, coders, options, width, height);
    }

    public ChartRequest withCoders(List<String> names) {
        return new ChartRequest(filter, document, names, options, width, height);
    }

    public ChartRequest withSize(double newWidth, double newHeight) {
        return new ChartRequest(filter, document, coders, options, newWidth, newHeight);
    }
}
