package org.gloss.api.agreement;

import java.util.List;
import java.util.Map;

/**
 * Codings held in memory rather than read from a project: the coders (in this order), the codes,
 * the documents with their lengths in code points, and each coding as a span [start, end) of code
 * points. Agreement can be measured on it without storing it, e.g. for codings read from
 * elsewhere or generated.
 *
 * @param documents document name to its length in code points, in order
 */
public record CodingTable(List<String> coders, List<String> codes, Map<String, Integer> documents, List<Span> codings) {
    public CodingTable {
        coders = List.copyOf(coders);
        codes = List.copyOf(codes);
        documents = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(documents));
        codings = List.copyOf(codings);
    }

    /** One coder's coding of [start, end) of a document with a code, all named as in the table. */
    public record Span(String coder, String code, String document, int start, int end) {
    }
}
