package org.gloss.api.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which parts of a project to search; an empty list, empty map or null field does not filter.
 *
 * @param documents  document names (any of them)
 * @param attributes document attribute values (all must match, compared as text)
 * @param code       only inside segments coded with this code
 * @param coder      only inside segments coded by this coder (with {@code code}: that code by that coder)
 * @param speaker    only inside transcript turns of this speaker, when documents have turns
 */
public record SearchScope(List<String> documents, Map<String, String> attributes, String code, String coder,
                          String speaker) {
    public static final SearchScope ALL = new SearchScope(List.of(), Map.of(), null, null, null);

    public SearchScope {
        documents = List.copyOf(Objects.requireNonNullElse(documents, List.of()));
        attributes = Map.copyOf(Objects.requireNonNullElse(attributes, Map.of()));
    }

    public SearchScope withDocuments(List<String> names) {
        return new SearchScope(names, attributes, code, coder, speaker);
    }

    public SearchScope withAttributes(Map<String, String> values) {
        return new SearchScope(documents, values, code, coder, speaker);
    }

    public SearchScope withCode(String name) {
        return new SearchScope(documents, attributes, name, coder, speaker);
    }

    public SearchScope withCoder(String name) {
        return new SearchScope(documents, attributes, code, name, speaker);
    }

    public SearchScope withSpeaker(String name) {
        return new SearchScope(documents, attributes, code, coder, name);
    }

    /** Whether hits must lie inside coded segments. */
    public boolean insideCodings() {
        return code != null || coder != null;
    }
}
