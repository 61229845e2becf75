package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

import org.gloss.api.agreement.ReliabilityData;

/**
 * Bootstrap percentile intervals over units. Each unit is drawn a Poisson(1) number of times
 * (the Poisson bootstrap, Hanley and MacGibbon 2006), so a row of w identical units gets a
 * Poisson(w) weight: resampling costs the number of distinct rows, not the number of units, which
 * makes intervals affordable for character-level studies of millions of units. Seeded: the same
 * seed gives the same interval.
 */
final class PoissonBootstrap {
    private final int resamples;
    private final long seed;
    private final double confidence;

    PoissonBootstrap(int resamples, long seed, double confidence) {
        if (confidence <= 0 || confidence >= 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1");
        }
        this.resamples = resamples;
        this.seed = seed;
        this.confidence = confidence;
    }

    boolean enabled() {
        return resamples > 0;
    }

    /** Resampled data sets, the same ones for every statistic (so intervals are comparable). */
    List<ReliabilityData> resamples(ReliabilityData data) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ReliabilityData> out = new ArrayList<>(resamples);
        long[] weights = new long[data.rowCount()];
        for (int b = 0; b < resamples; b++) {
            for (int r = 0; r < weights.length; r++) {
                weights[r] = poisson(random, data.weight(r));
            }
            out.add(data.withWeights(weights));
        }
        return out;
    }

    /** The percentile interval of a statistic over resamples; null when it is undefined in every resample. */
    double[] interval(List<ReliabilityData> samples, ToDoubleFunction<ReliabilityData> statistic) {
        double[] values = new double[samples.size()];
        int n = 0;
        for (ReliabilityData sample : samples) {
            double v = statistic.applyAsDouble(sample);
            if (!Double.isNaN(v)) {
                values[n++] = v;
            }
        }
        return percentiles(values, n);
    }

    /** The percentile interval of a statistic's values over resamples (NaN: undefined there, left out). */
    double[] interval(double[] values) {
        double[] defined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        return percentiles(defined, defined.length);
    }

    private double[] percentiles(double[] values, int n) {
        if (n == 0) {
            return null;
        }
        Arrays.sort(values, 0, n);
        double tail = (1 - confidence) / 2;
        return new double[] {values[rank(tail, n)], values[rank(1 - tail, n)]};
    }

    private static int rank(double quantile, int n) {
        return Math.min(n - 1, Math.max(0, (int) Math.ceil(quantile * n) - 1));
    }

    /** An exact Poisson(lambda) draw: multiplication for small lambda, Hoermann's PTRS (1993) above 10. */
    static long poisson(SplittableRandom random, double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda < 10) {
            double limit = Math.exp(-lambda);
            long k = 0;
            double product = random.nextDouble();
            while (product > limit) {
                k++;
                product *= random.nextDouble();
            }
            return k;
        }
        double slam = Math.sqrt(lambda);
        double loglam = Math.log(lambda);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + lambda + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || us < 0.013 && v > us) {
                continue;
            }
            if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b)
                    <= -lambda + k * loglam - logGamma(k + 1.0)) {
                return k;
            }
        }
    }

    /** log Gamma(x) for x >= 1 (Stirling series with upward shift, as in NumPy's random_loggam). */
    static double logGamma(double x) {
        final double[] a = {8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04,
            -5.952380952380952e-04, 8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03,
            -2.955065359477124e-02, 1.796443723688307e-01, -1.39243221690590e+00};
        if (x == 1.0 || x == 2.0) {
            return 0.0;
        }
        double x0 = x;
        int n = 0;
        if (x <= 7.0) {
            n = (int) (7 - x);
            x0 = x + n;
        }
        double x2 = 1.0 / (x0 * x0);
        double gl0 = a[9];
        for (int k = 8; k >= 0; k--) {
            gl0 = gl0 * x2 + a[k];
        }
        double gl = gl0 / x0 + 0.5 * Math.log(2 * Math.PI) + (x0 - 0.5) * Math.log(x0) - x0;
        if (x <= 7.0) {
            for (int k = 1; k <= n; k++) {
                gl -= Math.log(x0 - 1.0);
                x0 -= 1.0;
            }
        }
        return gl;
    }
}
