package org.gloss.analysis.internal;

import java.util.AbstractList;
import java.util.List;

/**
 * Unmodifiable list views over double arrays: a matrix of 200 codes by 5,000 documents stays a
 * million doubles instead of a million boxed objects until someone reads the cells.
 */
final class DoubleRows {
    private DoubleRows() {
    }

    static List<Double> of(double[] values) {
        return new AbstractList<>() {
            @Override
            public Double get(int index) {
                return values[index];
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    static List<List<Double>> of(double[][] rows) {
        return new AbstractList<>() {
            @Override
            public List<Double> get(int index) {
                return of(rows[index]);
            }

            @Override
            public int size() {
                return rows.length;
            }
        };
    }
}
