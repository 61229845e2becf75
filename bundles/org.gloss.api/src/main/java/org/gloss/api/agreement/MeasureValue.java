package org.gloss.api.agreement;

/**
 * One measure's value in one scope.
 *
 * @param pair  for a pairwise measure the coder pair "A|B", otherwise null
 * @param value NaN when the measure is undefined there (see docs/agreement.md)
 */
public record MeasureValue(String measureId, String displayName, String pair, double value) {
}
