package org.gloss.agreement.internal;

import java.util.List;
import java.util.function.LongFunction;

/**
 * What an agreement run is about: the coders (in the order given), the codes and documents in
 * scope, what each coder covered, and the document texts (needed for sentence and paragraph units
 * and for excerpts).
 */
record Study(List<String> coders, List<CodeRef> codes, List<DocumentRef> documents, Coverage coverage,
             LongFunction<String> texts) {

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
