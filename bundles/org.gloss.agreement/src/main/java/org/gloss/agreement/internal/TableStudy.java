package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.agreement.CodingTable;

/** A study over codings held in memory ({@link CodingTable}): codes and documents numbered in table order from 1. */
final class TableStudy {
    private TableStudy() {
    }

    static Study of(CodingTable table) {
        if (table.coders().size() < 2) {
            throw new IllegalArgumentException("agreement needs two or more coders, the table has " + table.coders().size());
        }
        Map<String, Integer> coders = index(table.coders(), "coder");
        List<Study.CodeRef> codes = new ArrayList<>();
        Map<String, Study.CodeRef> codeByName = new HashMap<>();
        for (String name : table.codes()) {
            Study.CodeRef code = new Study.CodeRef(codes.size() + 1, name);
            codes.add(code);
            if (codeByName.put(name, code) != null) {
                throw new IllegalArgumentException("the code " + name + " is in the table twice");
            }
        }
        List<Study.DocumentRef> documents = new ArrayList<>();
        Map<String, Study.DocumentRef> documentByName = new HashMap<>();
        table.documents().forEach((name, length) -> {
            Study.DocumentRef document = new Study.DocumentRef(documents.size() + 1, name, length);
            documents.add(document);
            documentByName.put(name, document);
        });
        Coverage.Builder coverage = Coverage.builder(coders.size());
        for (CodingTable.Span span : table.codings()) {
            Integer coder = coders.get(span.coder());
            Study.CodeRef code = codeByName.get(span.code());
            Study.DocumentRef document = documentByName.get(span.document());
            if (coder == null || code == null || document == null) {
                throw new IllegalArgumentException("the coding " + span + " names a "
                        + (coder == null ? "coder" : code == null ? "code" : "document") + " the table does not have");
            }
            if (span.start() < 0 || span.end() <= span.start() || span.end() > document.length()) {
                throw new IllegalArgumentException("the coding " + span + " is not a span of its document (length "
                        + document.length() + ")");
            }
            coverage.add(code.id(), document.id(), coder, span.start(), span.end());
        }
        return new Study(table.coders(), codes, documents, coverage.build(), id -> {
            throw new IllegalStateException("a coding table has no document text");
        });
    }

    private static Map<String, Integer> index(List<String> names, String what) {
        Map<String, Integer> index = new HashMap<>();
        for (String name : names) {
            if (index.put(name, index.size()) != null) {
                throw new IllegalArgumentException("the " + what + " " + name + " is in the table twice");
            }
        }
        return index;
    }
}
