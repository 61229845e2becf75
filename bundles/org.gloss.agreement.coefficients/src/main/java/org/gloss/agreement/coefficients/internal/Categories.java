package org.gloss.agreement.coefficients.internal;

import org.gloss.api.agreement.ReliabilityData;

/** Per-row category counts, the quantity every coding coefficient is built from. */
final class Categories {
    private Categories() {
    }

    /** How many coders gave each category in row {@code row}; returns the number of non-missing values. */
    static int count(ReliabilityData data, int row, int[] counts) {
        java.util.Arrays.fill(counts, 0);
        int judged = 0;
        for (int c = 0; c < data.coderCount(); c++) {
            int v = data.value(row, c);
            if (v != ReliabilityData.MISSING) {
                counts[v]++;
                judged++;
            }
        }
        return judged;
    }

    static void requirePair(ReliabilityData data, String measure) {
        if (data.coderCount() != 2) {
            throw new IllegalArgumentException(measure + " compares exactly two coders, got " + data.coderCount());
        }
    }

    /** (observed - expected) / (1 - expected), undefined (NaN) when chance agreement is already perfect. */
    static double chanceCorrected(double observed, double expected) {
        if (Double.isNaN(observed) || Double.isNaN(expected) || expected >= 1.0) {
            return Double.NaN;
        }
        return (observed - expected) / (1.0 - expected);
    }
}
