package org.gloss.suggest.internal;

import java.util.stream.IntStream;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * L2-regularised logistic regression by LIBLINEAR's trust-region Newton solver (primal, so no
 * random order: the same data give the same weights). The examples are shared by every code's
 * classifier; only the labels differ. A fit may start from weights already found for nearly the
 * same data (the final fit from a calibration fit): the objective is strictly convex and LIBLINEAR
 * stops when the gradient is below the tolerance times the gradient at zero, whatever the start,
 * so the solution is the same to within that tolerance; it only takes fewer Newton steps.
 */
final class LogisticRegression {
    /** Inverse regularisation strength: 1 (LIBLINEAR's default) under-fitted unit-length features (docs/decisions/0090). */
    static final double COST = 4.0;
    static final double TOLERANCE = 0.01;

    static {
        Linear.disableDebugOutput(); // it prints its iterations to standard output otherwise
    }

    private final Feature[][] rows;
    private final int features;

    /**
     * @param units    each unit's feature indices (1..features, ascending)
     * @param features the highest feature index
     */
    LogisticRegression(int[][] units, int features) {
        this.features = features;
        this.rows = new Feature[units.length][];
        IntStream.range(0, units.length).parallel().forEach(u -> rows[u] = row(units[u], features));
    }

    private static Feature[] row(int[] indices, int features) {
        double value = FeatureSpace.value(indices.length);
        Feature[] row = new Feature[indices.length + 1];
        for (int i = 0; i < indices.length; i++) {
            row[i] = new FeatureNode(indices[i], value);
        }
        row[indices.length] = new FeatureNode(features + 1, 1.0); // the bias
        return row;
    }

    /**
     * Trains on the units {@code subset} (indices into the units; null: all) with their labels.
     * Both labels must occur.
     */
    LinearWeights train(int[] subset, boolean[] positive) {
        return train(subset, positive, null);
    }

    /**
     * As {@link #train(int[], boolean[])}, starting from {@code start} (null: from zero).
     */
    LinearWeights train(int[] subset, boolean[] positive, LinearWeights start) {
        int l = subset == null ? rows.length : subset.length;
        Problem problem = new Problem();
        problem.l = l;
        problem.n = features + 1;
        problem.bias = 1;
        problem.x = new Feature[l][];
        problem.y = new double[l];
        for (int i = 0; i < l; i++) {
            int u = subset == null ? i : subset[i];
            problem.x[i] = rows[u];
            problem.y[i] = positive[u] ? 1 : -1;
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, COST, TOLERANCE);
        if (start != null) {
            // LIBLINEAR's weights are for its first label, which is +1 whenever both occur (it swaps -1/+1)
            double[] initial = new double[features + 1];
            System.arraycopy(start.weights(), 1, initial, 0, features);
            initial[features] = start.bias();
            parameter.setInitSol(initial);
        }
        Model model = Linear.train(problem, parameter);
        double[] w = model.getFeatureWeights();
        // the weights are for the model's first label, which is whichever label came first
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        double[] weights = new double[features + 1];
        for (int f = 1; f <= features; f++) {
            weights[f] = sign * w[f - 1];
        }
        return new LinearWeights(weights, sign * w[features]);
    }
}
