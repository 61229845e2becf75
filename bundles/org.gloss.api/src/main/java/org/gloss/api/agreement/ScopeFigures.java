package org.gloss.api.agreement;

import java.util.List;

/**
 * The figures of one scope (a code, or everything): each measure's value, the number of units
 * and the prevalence (share of coder-unit values that are "coded"; NaN without units).
 */
public record ScopeFigures(long units, double prevalence, List<MeasureValue> values) {
    public ScopeFigures {
        values = List.copyOf(values);
    }

    /** The value of a measure (a pairwise one: of the first pair); NaN when absent or undefined. */
    public double value(String measureId) {
        return values.stream().filter(v -> v.measureId().equals(measureId)).mapToDouble(MeasureValue::value)
                .findFirst().orElse(Double.NaN);
    }
}
