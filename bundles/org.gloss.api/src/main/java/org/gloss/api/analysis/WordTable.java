package org.gloss.api.analysis;

import java.util.List;

/**
 * Word frequencies, most frequent first (ties by word).
 *
 * @param words      the words (at most the request's top)
 * @param totalWords word occurrences in scope, stop words left out
 * @param distinct   number of distinct words in scope (before top)
 * @param documents  documents in scope
 */
public record WordTable(WordRequest request, List<WordCount> words, long totalWords, int distinct, int documents) {
    public WordTable {
        words = List.copyOf(words);
    }
}
