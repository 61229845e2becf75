package org.gloss.agreement.internal;

import java.util.List;
import java.util.function.LongFunction;

/**
 * What an agreement run is about: the coders (in the order given), the codes and documents in
 * scope, what each coder covered, and the document texts (needed for sentence and paragraph units
 * and for excerpts) and stored speaker turns (start, end pairs; empty when a document has none).
 */
record Study(List<String> coders, List<CodeRef> codes, List<DocumentRef> documents, Coverage coverage,
             LongFunction<String> texts, LongFunction<int[]> turns) {

    /** A study whose documents have no stored speaker turns. */
    Study(List<String> coders, List<CodeRef> codes, List<DocumentRef> documents, Coverage coverage, LongFunction<String> texts) {
        this(coders, codes, documents, coverage, texts, id -> new int[0]);
    }

    record CodeRef(long id, String name) {
    }

    record DocumentRef(long id, String name, int length) {
    }

    Study {
        coders = List.copyOf(coders);
        codes = List.copyOf(codes);
        documents = List.copyOf(documents);
    }
}
