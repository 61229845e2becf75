package org.gloss.api.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Word frequencies of the documents in scope, or of one code's segments, or of one speaker's turns.
 *
 * @param code      only words inside segments of this code (and its sub-codes), by the filter's coders
 * @param speaker   only words inside this speaker's turns
 * @param stemming  count inflected forms as one word (by each document's language: en, ru, kk)
 * @param stopLists languages whose stop words are left out ("en", "ru", "kk"), or "auto" for each
 *                  document's own language
 * @param stopWords further words left out (as written; compared folded like the index)
 * @param top       at most this many words, most frequent first; 0 for all
 */
public record WordRequest(AnalysisFilter filter, String code, String speaker, boolean stemming, List<String> stopLists,
                          Set<String> stopWords, int top) {
    public WordRequest {
        filter = Objects.requireNonNullElse(filter, AnalysisFilter.ALL);
        stopLists = List.copyOf(Objects.requireNonNullElse(stopLists, List.of()));
        stopWords = Set.copyOf(Objects.requireNonNullElse(stopWords, Set.of()));
        if (top < 0) {
            throw new IllegalArgumentException("top must not be negative: " + top);
        }
    }

    public static WordRequest all() {
        return new WordRequest(AnalysisFilter.ALL, null, null, true, List.of(), Set.of(), 0);
    }

    public WordRequest withStemming(boolean on) {
        return new WordRequest(filter, code, speaker, on, stopLists, stopWords, top);
    }

    public WordRequest withScope(AnalysisFilter newFilter, String newCode, String newSpeaker) {
        return new WordRequest(newFilter, newCode, newSpeaker, stemming, stopLists, stopWords, top);
    }

    public WordRequest withStopLists(List<String> lists, Set<String> words) {
        return new WordRequest(filter, code, speaker, stemming, lists, words, top);
    }

    public WordRequest withTop(int newTop) {
        return new WordRequest(filter, code, speaker, stemming, stopLists, stopWords, newTop);
    }
}
