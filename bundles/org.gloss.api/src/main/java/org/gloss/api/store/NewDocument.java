package org.gloss.api.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

import org.gloss.model.AttributeValue;
import org.gloss.model.SourceFile;

/** A document to add: its stored text and where it came from. */
public record NewDocument(String name, String text, SourceFile source, Map<String, AttributeValue> attributes) {
    public NewDocument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        attributes = Map.copyOf(attributes);
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
