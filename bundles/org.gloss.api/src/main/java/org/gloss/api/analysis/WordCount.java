package org.gloss.api.analysis;

import java.util.List;

/**
 * A word and how often it occurs. With stemming, a word stands for every form with the same stem
 * in the same language; it is shown as its most frequent form.
 *
 * @param word      the most frequent form
 * @param stem      what the forms have in common (the form itself without stemming)
 * @param count     occurrences of all forms
 * @param documents documents with at least one occurrence
 * @param forms     the forms, most frequent first
 */
public record WordCount(String word, String stem, long count, int documents, List<WordForm> forms) {
    public WordCount {
        forms = List.copyOf(forms);
    }
}
