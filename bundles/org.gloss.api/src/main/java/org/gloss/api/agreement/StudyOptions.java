package org.gloss.api.agreement;

/**
 * How to measure: the unit ("char", "document", "sentence", "paragraph" or "turn"; see
 * docs/agreement.md) and the bootstrap.
 *
 * @param resamples           bootstrap resamples; 0 for no intervals
 * @param confidence          of the intervals, e.g. 0.95
 * @param bootstrapByDocument resample whole documents (cluster bootstrap) instead of units
 */
public record StudyOptions(String unit, int resamples, long seed, double confidence, boolean bootstrapByDocument) {
    public StudyOptions {
        if (resamples < 0) {
            throw new IllegalArgumentException("resamples must not be negative: " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
    }
}
