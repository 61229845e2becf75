package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.List;

/** Builds in-memory studies for tests: texts of given lengths, codings as (coder, code, document, start, end). */
final class Studies {
    private final List<String> coders;
    private final List<Study.CodeRef> codes = new ArrayList<>();
    private final List<Study.DocumentRef> documents = new ArrayList<>();
    private final List<int[]> codings = new ArrayList<>();

    Studies(String... coders) {
        this.coders = List.of(coders);
    }

    Studies code(String name) {
        codes.add(new Study.CodeRef(codes.size() + 1, name));
        return this;
    }

    Studies document(String name, int length) {
        documents.add(new Study.DocumentRef(documents.size() + 1, name, length));
        return this;
    }

    /** A coding by coder index, code index and document index (0-based). */
    Studies coding(int coder, int code, int document, int start, int end) {
        codings.add(new int[] {coder, code, document, start, end});
        return this;
    }

    Study build() {
        Coverage.Builder coverage = Coverage.builder(coders.size());
        for (int[] c : codings) {
            coverage.add(codes.get(c[1]).id(), documents.get(c[2]).id(), c[0], c[3], c[4]);
        }
        return new Study(coders, codes, documents, coverage.build(), id -> "x".repeat(documents.get((int) id - 1).length()));
    }

    List<int[]> codings() {
        return codings;
    }

    List<Study.DocumentRef> documents() {
        return documents;
    }

    List<Study.CodeRef> codes() {
        return codes;
    }

    List<String> coders() {
        return coders;
    }
}
