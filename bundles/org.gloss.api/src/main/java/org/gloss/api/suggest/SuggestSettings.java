package org.gloss.api.suggest;

/**
 * How to learn.
 *
 * @param minCoverage a unit is a positive example of a code when the code covers more than this
 *                    share of the unit's code points (0: any overlap, the rule of agreement units)
 * @param seed        every random choice (calibration folds) derives from it: the same seed, the same model
 */
public record SuggestSettings(SuggestionUnit unit, double minCoverage, long seed) {
    public SuggestSettings {
        if (!(minCoverage >= 0 && minCoverage < 1)) {
            throw new IllegalArgumentException("minCoverage must be in [0, 1): " + minCoverage);
        }
    }
}
