package org.gloss.api.suggest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to learn.
 *
 * @param minCoverage a unit is a positive example of a code when the code covers more than this
 *                    share of the unit's code points (0: any overlap, the rule of agreement units)
 * @param seed        every random choice (calibration folds) derives from it: the same seed, the same model
 * @param options     the suggester's own settings by name (e.g. a language model's {@code endpoint} and
 *                    {@code model}); each suggester documents the ones it takes and refuses the others
 */
public record SuggestSettings(SuggestionUnit unit, double minCoverage, long seed, Map<String, String> options) {
    public SuggestSettings {
        if (!(minCoverage >= 0 && minCoverage < 1)) {
            throw new IllegalArgumentException("minCoverage must be in [0, 1): " + minCoverage);
        }
        options = options == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** Settings without suggester options. */
    public SuggestSettings(SuggestionUnit unit, double minCoverage, long seed) {
        this(unit, minCoverage, seed, Map.of());
    }
}
