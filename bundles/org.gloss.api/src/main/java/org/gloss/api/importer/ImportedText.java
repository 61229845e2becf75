package org.gloss.api.importer;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gloss.model.AttributeValue;
import org.gloss.model.CodePointText;
import org.gloss.model.Turn;

/**
 * What an importer read from a file: the text as it will be stored (already normalized with
 * {@code StoredText.normalize} of the core bundle), attributes found in the file, and, for transcripts, the speaker
 * turns with their offsets into that text.
 */
public record ImportedText(String text, Map<String, AttributeValue> attributes, List<Turn> turns) {
    public ImportedText {
        Objects.requireNonNull(text, "text");
        attributes = Map.copyOf(attributes);
        turns = List.copyOf(turns);
        int length = CodePointText.codePointLength(text);
        for (Turn turn : turns) {
            if (turn.span().end() > length) {
                throw new IllegalArgumentException("turn " + turn + " lies outside the text (length " + length + ")");
            }
        }
    }

    public ImportedText(String text, Map<String, AttributeValue> attributes) {
        this(text, attributes, List.of());
    }

    public ImportedText(String text) {
        this(text, Map.of());
    }
}
