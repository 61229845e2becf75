package org.gloss.api.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reliability data in Krippendorff's sense: units x coders, each value a category
 * {@code 0..categoryCount-1} or {@link #MISSING}. Because character-level studies have millions
 * of units but only a few distinct value patterns, the data are kept as distinct rows (value
 * patterns) with a weight: the number of units having that pattern. A per-unit matrix is the
 * special case of weight 1 per row. Immutable.
 */
public final class ReliabilityData {
    /** The value of a coder who did not judge a unit. */
    public static final int MISSING = -1;

    private final List<String> coders;
    private final int categoryCount;
    private final int[] values; // row-major, rowCount x coders.size()
    private final long[] weights;

    private ReliabilityData(List<String> coders, int categoryCount, int[] values, long[] weights) {
        this.coders = coders;
        this.categoryCount = categoryCount;
        this.values = values;
        this.weights = weights;
    }

    /** Starts reliability data for these coders (in column order) on a nominal scale of {@code categoryCount} values. */
    public static Builder builder(List<String> coders, int categoryCount) {
        return new Builder(coders, categoryCount);
    }

    public List<String> coders() {
        return coders;
    }

    public int coderCount() {
        return coders.size();
    }

    /** Size of the nominal scale (2 for coded / not coded), not the number of categories that occur. */
    public int categoryCount() {
        return categoryCount;
    }

    /** Number of distinct rows (value patterns). */
    public int rowCount() {
        return weights.length;
    }

    /** The value coder {@code coder} gave the units of row {@code row}: a category or {@link #MISSING}. */
    public int value(int row, int coder) {
        return values[row * coders.size() + coder];
    }

    /** Number of units with the values of row {@code row}. */
    public long weight(int row) {
        return weights[row];
    }

    /** Total number of units (sum of the weights). */
    public long unitCount() {
        long total = 0;
        for (long w : weights) {
            total += w;
        }
        return total;
    }

    /** The same rows with other weights (e.g. a bootstrap resample); rows of weight 0 are kept. */
    public ReliabilityData withWeights(long[] newWeights) {
        if (newWeights.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " weights, got " + newWeights.length);
        }
        for (long w : newWeights) {
            if (w < 0) {
                throw new IllegalArgumentException("negative weight " + w);
            }
        }
        return new ReliabilityData(coders, categoryCount, values, newWeights.clone());
    }

    /** The columns of some coders only, in the order given (e.g. one pair for a pairwise measure). */
    public ReliabilityData select(int... coderIndexes) {
        List<String> names = new ArrayList<>();
        for (int c : coderIndexes) {
            names.add(coders.get(c));
        }
        Builder builder = builder(names, categoryCount);
        int[] row = new int[coderIndexes.length];
        for (int r = 0; r < rowCount(); r++) {
            for (int i = 0; i < coderIndexes.length; i++) {
                row[i] = value(r, coderIndexes[i]);
            }
            builder.addUnits(weights[r], row);
        }
        return builder.build();
    }

    /** These units and those of {@code other} together (same coders and scale). */
    public ReliabilityData plus(ReliabilityData other) {
        if (!coders.equals(other.coders) || categoryCount != other.categoryCount) {
            throw new IllegalArgumentException("cannot pool reliability data of different coders or scales");
        }
        Builder builder = builder(coders, categoryCount).addAll(this).addAll(other);
        return builder.build();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ReliabilityData" + coders + " q=" + categoryCount);
        for (int r = 0; r < rowCount(); r++) {
            s.append("\n  ").append(Arrays.toString(Arrays.copyOfRange(values, r * coders.size(), (r + 1) * coders.size())))
                    .append(" x").append(weights[r]);
        }
        return s.toString();
    }

    /** Collects units; units with equal values are merged into one weighted row. */
    public static final class Builder {
        private final List<String> coders;
        private final int categoryCount;
        private final Map<Pattern, long[]> rows = new LinkedHashMap<>();

        private Builder(List<String> coders, int categoryCount) {
            if (coders.isEmpty()) {
                throw new IllegalArgumentException("reliability data need at least one coder");
            }
            if (categoryCount < 1) {
                throw new IllegalArgumentException("category count must be at least 1, got " + categoryCount);
            }
            this.coders = List.copyOf(coders);
            this.categoryCount = categoryCount;
        }

        /** Adds one unit. */
        public Builder addUnit(int... unitValues) {
            return addUnits(1, unitValues);
        }

        /** Adds {@code count} units with the same values (one value per coder, in coder order). */
        public Builder addUnits(long count, int... unitValues) {
            if (unitValues.length != coders.size()) {
                throw new IllegalArgumentException("expected " + coders.size() + " values, got " + unitValues.length);
            }
            if (count < 0) {
                throw new IllegalArgumentException("negative unit count " + count);
            }
            for (int v : unitValues) {
                if (v != MISSING && (v < 0 || v >= categoryCount)) {
                    throw new IllegalArgumentException("value " + v + " outside 0.." + (categoryCount - 1));
                }
            }
            if (count > 0) {
                rows.computeIfAbsent(new Pattern(unitValues.clone()), p -> new long[1])[0] += count;
            }
            return this;
        }

        public Builder addAll(ReliabilityData data) {
            int[] row = new int[data.coderCount()];
            for (int r = 0; r < data.rowCount(); r++) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = data.value(r, c);
                }
                addUnits(data.weight(r), row);
            }
            return this;
        }

        public ReliabilityData build() {
            int width = coders.size();
            int[] values = new int[rows.size() * width];
            long[] weights = new long[rows.size()];
            int r = 0;
            for (Map.Entry<Pattern, long[]> e : rows.entrySet()) {
                System.arraycopy(e.getKey().values, 0, values, r * width, width);
                weights[r++] = e.getValue()[0];
            }
            return new ReliabilityData(coders, categoryCount, values, weights);
        }
    }

    private record Pattern(int[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Pattern p && Arrays.equals(values, p.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
