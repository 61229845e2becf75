package org.gloss.suggest.internal;

/**
 * Platt scaling: a decision value f becomes the probability 1 / (1 + exp(A f + B)), with A and B
 * fitted by maximum likelihood to decision values of examples the classifier was not trained on,
 * against Platt's smoothed targets (N+ + 1) / (N+ + 2) and 1 / (N- + 2). The fit is the Newton
 * method with backtracking of Lin, Lin and Weng, "A note on Platt's probabilistic outputs for
 * support vector machines" (2007), as LIBSVM's {@code sigmoid_train} implements it, and the
 * probability is computed in the form that cannot overflow.
 */
record PlattScaling(double a, double b) {
    private static final int MAX_ITERATIONS = 100;
    private static final double MIN_STEP = 1e-10;
    private static final double SIGMA = 1e-12;
    private static final double EPSILON = 1e-5;

    double probability(double decision) {
        double fApB = decision * a + b;
        return fApB >= 0 ? Math.exp(-fApB) / (1 + Math.exp(-fApB)) : 1 / (1 + Math.exp(fApB));
    }

    /** Fits A and B to decision values and their labels (true: positive). */
    static PlattScaling fit(double[] decisions, boolean[] positive) {
        int l = decisions.length;
        double prior1 = 0;
        for (boolean p : positive) {
            if (p) {
                prior1++;
            }
        }
        double prior0 = l - prior1;
        double hiTarget = (prior1 + 1) / (prior1 + 2);
        double loTarget = 1 / (prior0 + 2);
        double[] t = new double[l];
        for (int i = 0; i < l; i++) {
            t[i] = positive[i] ? hiTarget : loTarget;
        }
        double a = 0;
        double b = Math.log((prior0 + 1) / (prior1 + 1));
        double fval = objective(decisions, t, a, b);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            // gradient and Hessian (H' = H + sigma I)
            double h11 = SIGMA;
            double h22 = SIGMA;
            double h21 = 0;
            double g1 = 0;
            double g2 = 0;
            for (int i = 0; i < l; i++) {
                double fApB = decisions[i] * a + b;
                double p;
                double q;
                if (fApB >= 0) {
                    p = Math.exp(-fApB) / (1 + Math.exp(-fApB));
                    q = 1 / (1 + Math.exp(-fApB));
                } else {
                    p = 1 / (1 + Math.exp(fApB));
                    q = Math.exp(fApB) / (1 + Math.exp(fApB));
                }
                double d2 = p * q;
                h11 += decisions[i] * decisions[i] * d2;
                h22 += d2;
                h21 += decisions[i] * d2;
                double d1 = t[i] - p;
                g1 += decisions[i] * d1;
                g2 += d1;
            }
            if (Math.abs(g1) < EPSILON && Math.abs(g2) < EPSILON) {
                break;
            }
            double det = h11 * h22 - h21 * h21;
            double dA = -(h22 * g1 - h21 * g2) / det;
            double dB = -(-h21 * g1 + h11 * g2) / det;
            double gd = g1 * dA + g2 * dB;
            double step = 1;
            while (step >= MIN_STEP) {
                double newA = a + step * dA;
                double newB = b + step * dB;
                double newF = objective(decisions, t, newA, newB);
                if (newF < fval + 0.0001 * step * gd) {
                    a = newA;
                    b = newB;
                    fval = newF;
                    break;
                }
                step /= 2;
            }
            if (step < MIN_STEP) {
                break; // line search failed: keep the best so far
            }
        }
        return new PlattScaling(a, b);
    }

    /** The negative log likelihood of the targets, computed without overflow. */
    static double objective(double[] decisions, double[] targets, double a, double b) {
        double f = 0;
        for (int i = 0; i < decisions.length; i++) {
            double fApB = decisions[i] * a + b;
            if (fApB >= 0) {
                f += targets[i] * fApB + Math.log1p(Math.exp(-fApB));
            } else {
                f += (targets[i] - 1) * fApB + Math.log1p(Math.exp(fApB));
            }
        }
        return f;
    }
}
