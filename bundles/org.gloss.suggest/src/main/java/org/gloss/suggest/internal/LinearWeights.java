package org.gloss.suggest.internal;

/**
 * A linear classifier: weights by feature index (index 0 unused) and the bias; the decision is
 * positive for "the code applies".
 */
record LinearWeights(double[] weights, double bias) {
    double decision(int[] indices) {
        double value = FeatureSpace.value(indices.length);
        double sum = bias;
        for (int i : indices) {
            if (i < weights.length) {
                sum += weights[i] * value;
            }
        }
        return sum;
    }
}
