package org.gloss.agreement.internal;

import java.util.List;
import java.util.function.LongFunction;

/**
 * What an agreement run is about: the coders (in the order given), the codes and documents in
 * scope, what each coder covered, the document texts (needed for sentence and paragraph units
 * and for excerpts), stored speaker turns (start, end pairs; empty when a document has none) and
 * the documents left out of scope because some coder has not coded them yet.
 */
record Study(List<String> coders, List<CodeRef> codes, List<DocumentRef> documents, Coverage coverage,
             LongFunction<String> texts, LongFunction<int[]> turns, List<LeftOut> leftOut) {

    /** A study whose documents have no stored speaker turns. */
    Study(List<String> coders, List<CodeRef> codes, List<DocumentRef> documents, Coverage coverage, LongFunction<String> texts) {
        this(coders, codes, documents, coverage, texts, id -> new int[0], List.of());
    }

    /** A study with every document in scope. */
    Study(List<String> coders, List<CodeRef> codes, List<DocumentRef> documents, Coverage coverage, LongFunction<String> texts,
          LongFunction<int[]> turns) {
        this(coders, codes, documents, coverage, texts, turns, List.of());
    }

    /** A document not compared because these coders have no coding in it at all (it is not yet coded by them). */
    record LeftOut(String document, List<String> notCodedBy) {
        LeftOut {
            notCodedBy = List.copyOf(notCodedBy);
        }
    }

    record CodeRef(long id, String name) {
    }

    record DocumentRef(long id, String name, int length) {
    }

    Study {
        coders = List.copyOf(coders);
        codes = List.copyOf(codes);
        documents = List.copyOf(documents);
        leftOut = List.copyOf(leftOut);
    }
}
