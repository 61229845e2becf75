package org.gloss.suggest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The features a model knows, numbered 1..n in the order training first met them (LIBLINEAR's
 * indices start at 1), and the sparse vectors of units over them. Features seen in fewer than
 * {@link #MIN_UNITS} training units are dropped: one occurrence cannot generalise and would only
 * grow the model. A unit's vector is binary and scaled to length 1, so long and short units weigh alike.
 */
final class FeatureSpace {
    static final int MIN_UNITS = 2;

    private final Map<String, Integer> index;
    private final String[] names;

    private FeatureSpace(Map<String, Integer> index, String[] names) {
        this.index = index;
        this.names = names;
    }

    /** Numbers the features of the training units, in order of first appearance, keeping the frequent ones. */
    static FeatureSpace of(List<UnitFeatures.Unit> units) {
        Map<String, int[]> counts = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (UnitFeatures.Unit unit : units) {
            for (String feature : unit.features().keySet()) {
                int[] count = counts.get(feature);
                if (count == null) {
                    counts.put(feature, new int[] {1});
                    order.add(feature);
                } else {
                    count[0]++;
                }
            }
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        names.add(null); // index 0 is unused
        for (String feature : order) {
            if (counts.get(feature)[0] >= MIN_UNITS) {
                index.put(feature, names.size());
                names.add(feature);
            }
        }
        return new FeatureSpace(index, names.toArray(String[]::new));
    }

    /** Number of features (the highest index). */
    int size() {
        return names.length - 1;
    }

    String name(int featureIndex) {
        return names[featureIndex];
    }

    /** The unit's known features' indices, ascending; unknown features are left out. */
    int[] indices(UnitFeatures.Unit unit) {
        int[] found = new int[unit.features().size()];
        int n = 0;
        for (String feature : unit.features().keySet()) {
            Integer i = index.get(feature);
            if (i != null) {
                found[n++] = i;
            }
        }
        int[] indices = Arrays.copyOf(found, n);
        Arrays.sort(indices);
        return indices;
    }

    /** The value every present feature of a unit with {@code count} features has (unit length). */
    static double value(int count) {
        return count == 0 ? 0 : 1 / Math.sqrt(count);
    }
}
