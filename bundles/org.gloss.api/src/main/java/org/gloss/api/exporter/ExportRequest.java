package org.gloss.api.exporter;

import java.util.Map;
import java.util.Objects;

/**
 * What to export: the scope and format options ({@code --excel}, {@code -O key=value}). A flag
 * given without a value has the value "true".
 */
public record ExportRequest(ExportScope scope, Map<String, String> options) {
    public ExportRequest {
        Objects.requireNonNull(scope, "scope");
        options = Map.copyOf(options);
    }

    public static ExportRequest all() {
        return new ExportRequest(ExportScope.ALL, Map.of());
    }

    public ExportRequest withOption(String name, String value) {
        java.util.Map<String, String> copy = new java.util.HashMap<>(options);
        copy.put(name, value);
        return new ExportRequest(scope, copy);
    }

    public boolean flag(String name) {
        String value = options.get(name);
        return value != null && !value.equalsIgnoreCase("false") && !value.equals("0");
    }

    public String option(String name, String defaultValue) {
        return options.getOrDefault(name, defaultValue);
    }
}
