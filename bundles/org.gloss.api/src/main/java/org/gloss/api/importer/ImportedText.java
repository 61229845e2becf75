package org.gloss.api.importer;

import java.util.Map;
import java.util.Objects;

import org.gloss.model.AttributeValue;

/**
 * What an importer read from a file: the text as it will be stored (already normalized with
 * {@link StoredText#normalize}) and attributes found in the file.
 */
public record ImportedText(String text, Map<String, AttributeValue> attributes) {
    public ImportedText {
        Objects.requireNonNull(text, "text");
        attributes = Map.copyOf(attributes);
    }

    public ImportedText(String text) {
        this(text, Map.of());
    }
}
