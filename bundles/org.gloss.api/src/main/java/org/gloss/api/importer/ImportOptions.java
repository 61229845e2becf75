package org.gloss.api.importer;

import java.util.Map;
import java.util.Objects;

/**
 * Options the user gave for an import (e.g. {@code --reflow}), by name. An importer reads the
 * ones it knows and ignores the rest, so one command line can import files of several formats.
 */
public record ImportOptions(Map<String, String> values) {
    /** Join hard-wrapped lines into paragraphs and drop running headers, footers and page numbers. */
    public static final String REFLOW = "reflow";

    /** Read every file with the importer of this id instead of choosing by file extension. */
    public static final String IMPORTER = "importer";

    public static final ImportOptions NONE = new ImportOptions(Map.of());

    public ImportOptions {
        values = Map.copyOf(Objects.requireNonNull(values, "values"));
    }

    /** Options with the named flags switched on. */
    public static ImportOptions flags(String... names) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (String name : names) {
            map.put(name, "true");
        }
        return new ImportOptions(map);
    }

    /** These options with one more value set. */
    public ImportOptions with(String name, String value) {
        java.util.Map<String, String> map = new java.util.HashMap<>(values);
        map.put(name, value);
        return new ImportOptions(map);
    }

    public java.util.Optional<String> value(String name) {
        return java.util.Optional.ofNullable(values.get(name));
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }
}
