package org.gloss.api.suggest;

import java.util.List;

/**
 * A suggested coding of [start, end) (code points) of a document.
 *
 * @param score   calibrated probability that a coder who taught the suggester would code the unit
 * @param reasons what weighed most for it, e.g. the words that pushed the score up, strongest first
 */
public record Suggestion(long documentId, String code, int start, int end, double score, List<String> reasons) {
    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
