package org.gloss.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A document as the project lists it: everything but the (possibly large) text.
 *
 * @param length      length of the stored text in Unicode code points
 * @param contentHash SHA-256 (hex) of the stored text, UTF-8 encoded; documents are matched by it
 * @param source      where the text came from, if it was imported from a file
 * @param attributes  case attributes (interviewee age, region, ...), by key
 */
public record Document(long id, String name, int length, String contentHash, Instant importedAt,
                       SourceFile source, Map<String, AttributeValue> attributes) {
    public Document {
        Objects.requireNonNull(name, "name");
        attributes = Map.copyOf(attributes);
    }
}
