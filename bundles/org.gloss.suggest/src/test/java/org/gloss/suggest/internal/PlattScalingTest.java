package org.gloss.suggest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Platt scaling against a naive minimisation of the same likelihood, and hand-checked values. */
class PlattScalingTest {
    @Test
    void newtonFitFindsTheMinimumANaiveGridSearchFinds() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 400;
        double[] f = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            f[i] = random.nextDouble(-3, 3);
            // true probability 1 / (1 + exp(-2 f + 0.5))
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-2 * f[i] + 0.5));
        }
        PlattScaling fitted = PlattScaling.fit(f, y);
        double[] targets = targets(y);
        // naive: a coarse then fine grid over (A, B)
        double bestA = 0;
        double bestB = 0;
        double best = Double.MAX_VALUE;
        for (double step : new double[] {0.1, 0.01, 0.001}) {
            double centreA = bestA;
            double centreB = bestB;
            for (int i = -40; i <= 40; i++) {
                for (int j = -40; j <= 40; j++) {
                    double a = centreA + i * step;
                    double b = centreB + j * step;
                    double value = naiveObjective(f, targets, a, b);
                    if (value < best) {
                        best = value;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
        }
        assertThat(fitted.a()).isCloseTo(bestA, within(0.005));
        assertThat(fitted.b()).isCloseTo(bestB, within(0.005));
        assertThat(fitted.a()).isNegative(); // a higher decision value means a higher probability
    }

    @Test
    void probabilityIsTheLogisticOfTheScaledDecisionAndNeverOverflows() {
        PlattScaling p = new PlattScaling(-2, 0.5);
        assertThat(p.probability(0)).isCloseTo(1 / (1 + Math.exp(0.5)), within(1e-12));
        assertThat(p.probability(1)).isCloseTo(1 / (1 + Math.exp(-1.5)), within(1e-12));
        assertThat(p.probability(1e6)).isEqualTo(1.0);
        assertThat(p.probability(-1e6)).isEqualTo(0.0);
    }

    private static double[] targets(boolean[] y) {
        double pos = 0;
        for (boolean b : y) {
            pos += b ? 1 : 0;
        }
        double neg = y.length - pos;
        double[] t = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            t[i] = y[i] ? (pos + 1) / (pos + 2) : 1 / (neg + 2);
        }
        return t;
    }

    /** -sum t log p + (1 - t) log (1 - p), straight from the definition. */
    private static double naiveObjective(double[] f, double[] t, double a, double b) {
        double sum = 0;
        for (int i = 0; i < f.length; i++) {
            double p = 1 / (1 + Math.exp(a * f[i] + b));
            sum -= t[i] * Math.log(p) + (1 - t[i]) * Math.log(1 - p);
        }
        return sum;
    }
}
