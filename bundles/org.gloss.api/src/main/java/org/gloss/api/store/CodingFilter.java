package org.gloss.api.store;

/** Which codings to list; a null field does not filter. */
public record CodingFilter(Long documentId, Long codeId, Long coderId) {
    public static final CodingFilter ALL = new CodingFilter(null, null, null);

    public static CodingFilter document(long documentId) {
        return new CodingFilter(documentId, null, null);
    }
}
