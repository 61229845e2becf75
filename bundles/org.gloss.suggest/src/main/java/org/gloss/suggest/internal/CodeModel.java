package org.gloss.suggest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** One code's classifier with its calibration: a unit's probability of being coded, and why. */
record CodeModel(String code, LinearWeights classifier, PlattScaling calibration) {
    /** How many features explain a suggestion. */
    static final int REASONS = 3;

    double score(int[] indices) {
        return calibration.probability(classifier.decision(indices));
    }

    /**
     * The features that pushed the decision up most (weight times value, positive only),
     * strongest first, as the unit's text has them.
     */
    List<String> reasons(int[] indices, UnitFeatures.Unit unit, FeatureSpace space) {
        Integer[] order = Arrays.stream(indices).boxed().filter(i -> classifier.weights()[i] > 0).toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -classifier.weights()[i]).thenComparingInt(i -> i));
        List<String> reasons = new ArrayList<>();
        for (int k = 0; k < order.length && reasons.size() < REASONS; k++) {
            String written = unit.features().get(space.name(order[k]));
            if (written != null && !reasons.contains(written)) {
                reasons.add(written);
            }
        }
        return reasons;
    }
}
