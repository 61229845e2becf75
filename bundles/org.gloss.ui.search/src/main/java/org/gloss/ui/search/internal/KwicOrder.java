package org.gloss.ui.search.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.gloss.api.search.SearchHit;

/**
 * How the KWIC table sorts its rows, column by column. Sorting by the left context compares it
 * from the hit outwards (the word just before the hit first), as concordances do.
 */
final class KwicOrder {
    private static final Collator TEXT = Collator.getInstance(Locale.ROOT);

    static {
        TEXT.setStrength(Collator.SECONDARY); // case-insensitive, accents still count
    }

    /** By document name, then position in it. */
    static final Comparator<SearchHit> BY_DOCUMENT = Comparator.comparing(SearchHit::document, TEXT::compare)
            .thenComparingInt(SearchHit::start);
    /** By position in its document, then document name. */
    static final Comparator<SearchHit> BY_POSITION = Comparator.comparingInt(SearchHit::start)
            .thenComparing(SearchHit::document, TEXT::compare);
    static final Comparator<SearchHit> BY_LEFT = Comparator.comparing((SearchHit h) -> reversedWords(h.left()), TEXT::compare)
            .thenComparing(BY_DOCUMENT);
    static final Comparator<SearchHit> BY_HIT = Comparator.comparing(SearchHit::hit, TEXT::compare).thenComparing(BY_DOCUMENT);
    static final Comparator<SearchHit> BY_RIGHT = Comparator.comparing((SearchHit h) -> h.right().strip(), TEXT::compare)
            .thenComparing(BY_DOCUMENT);

    private KwicOrder() {
    }

    /** "we owe the" → "the owe we": the words nearest the hit first. */
    static String reversedWords(String left) {
        List<String> words = new java.util.ArrayList<>(List.of(left.strip().split("\\s+")));
        java.util.Collections.reverse(words);
        return String.join(" ", words);
    }

    /** The row index of the same hit (document and span) in new rows, or -1: keeps the selection after a search again. */
    static int indexOf(List<SearchHit> rows, SearchHit hit) {
        if (hit == null) {
            return -1;
        }
        for (int i = 0; i < rows.size(); i++) {
            SearchHit row = rows.get(i);
            if (row.documentId() == hit.documentId() && row.start() == hit.start() && row.end() == hit.end()) {
                return i;
            }
        }
        return -1;
    }
}
