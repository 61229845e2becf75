package org.gloss.api.agreement;

import java.util.List;

/**
 * What to compare: the coders (two or more, in this order) and the codes and documents in scope,
 * by name; an empty list of codes or documents means all of them.
 */
public record StudyScope(List<String> coders, List<String> codes, List<String> documents) {
    public StudyScope {
        coders = List.copyOf(coders);
        codes = codes == null ? List.of() : List.copyOf(codes);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** Two or more coders, every code and document. */
    public static StudyScope of(List<String> coders) {
        return new StudyScope(coders, List.of(), List.of());
    }

    /** The same coders and documents, one code (null: all codes). */
    public StudyScope withCode(String code) {
        return new StudyScope(coders, code == null ? List.of() : List.of(code), documents);
    }
}
