package org.gloss.api.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.gloss.model.AttributeValue;
import org.gloss.model.SourceFile;
import org.gloss.model.Turn;

/**
 * A document to add: its stored text, where it came from, its attributes and, for transcripts,
 * its speaker turns (offsets into {@code text}).
 */
public record NewDocument(String name, String text, SourceFile source, Map<String, AttributeValue> attributes,
                          List<Turn> turns) {
    public NewDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        attributes = Map.copyOf(attributes);
        turns = List.copyOf(turns);
    }

    public NewDocument(String name, String text, SourceFile source, Map<String, AttributeValue> attributes) {
        this(name, text, source, attributes, List.of());
    }

    public NewDocument(String name, String text) {
        this(name, text, null, Map.of());
    }

    /** SHA-256 (hex) of the UTF-8 text; documents are matched across copies by it. */
    public String contentHash() {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
