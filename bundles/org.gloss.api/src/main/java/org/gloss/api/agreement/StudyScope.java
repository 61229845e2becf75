package org.gloss.api.agreement;

import java.util.List;

/**
 * What to compare: the coders (two or more, in this order) and the codes and documents in scope,
 * by name; an empty list of codes or documents means all of them. Of those documents, only the
 * ones every compared coder has coded at least once are compared (a document a coder has not
 * coded at all is not yet coded by them, not coded as absent), unless {@code allDocuments}.
 */
public record StudyScope(List<String> coders, List<String> codes, List<String> documents, boolean allDocuments) {
    public StudyScope {
        coders = List.copyOf(coders);
        codes = codes == null ? List.of() : List.copyOf(codes);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** Only the documents every coder has coded. */
    public StudyScope(List<String> coders, List<String> codes, List<String> documents) {
        this(coders, codes, documents, false);
    }

    /** Two or more coders, every code and every document they have all coded. */
    public static StudyScope of(List<String> coders) {
        return new StudyScope(coders, List.of(), List.of(), false);
    }

    /** The same coders and documents, one code (null: all codes). */
    public StudyScope withCode(String code) {
        return new StudyScope(coders, code == null ? List.of() : List.of(code), documents, allDocuments);
    }

    /** The same scope, with every document (true) or only those every coder has coded (false). */
    public StudyScope withAllDocuments(boolean all) {
        return new StudyScope(coders, codes, documents, all);
    }
}
