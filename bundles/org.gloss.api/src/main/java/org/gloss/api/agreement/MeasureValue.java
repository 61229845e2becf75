package org.gloss.api.agreement;

/**
 * One measure's value in one scope, with its bootstrap interval when one was asked for.
 *
 * @param pair  for a pairwise measure the coder pair "A|B", otherwise null
 * @param value NaN when the measure is undefined there (see docs/agreement.md)
 * @param low   the lower end of the bootstrap interval; NaN without one
 * @param high  the upper end of the bootstrap interval; NaN without one
 */
public record MeasureValue(String measureId, String displayName, String pair, double value, double low, double high) {
    /** A value without an interval. */
    public MeasureValue(String measureId, String displayName, String pair, double value) {
        this(measureId, displayName, pair, value, Double.NaN, Double.NaN);
    }
}
