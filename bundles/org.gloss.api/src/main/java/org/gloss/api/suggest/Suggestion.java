package org.gloss.api.suggest;

import java.util.List;

/**
 * A suggested coding of [start, end) (code points) of a document.
 *
 * @param score   calibrated probability that a coder who taught the suggester would code the unit, or
 *                NaN when the suggester does not score (a language model's proposal: see {@link #scored()})
 * @param reasons what weighed most for it, e.g. the words that pushed the score up, strongest first;
 *                for an unscored suggestion, the reason the suggester gave in words
 */
public record Suggestion(long documentId, String code, int start, int end, double score, List<String> reasons) {
    public Suggestion {
        reasons = List.copyOf(reasons);
    }

    /** Whether the suggestion has a score (a language model's proposals have none). */
    public boolean scored() {
        return !Double.isNaN(score);
    }
}
