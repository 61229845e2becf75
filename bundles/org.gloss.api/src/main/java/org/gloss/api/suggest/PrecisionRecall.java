package org.gloss.api.suggest;

/**
 * The machine's units against one human's: a true positive is a unit both coded, a false positive
 * one only the machine coded, a false negative one only the human coded.
 */
public record PrecisionRecall(String human, long truePositives, long falsePositives, long falseNegatives) {
    /** Share of the machine's units the human coded too; NaN when the machine coded none. */
    public double precision() {
        long suggested = truePositives + falsePositives;
        return suggested == 0 ? Double.NaN : (double) truePositives / suggested;
    }

    /** Share of the human's units the machine coded too; NaN when the human coded none. */
    public double recall() {
        long coded = truePositives + falseNegatives;
        return coded == 0 ? Double.NaN : (double) truePositives / coded;
    }

    /** Harmonic mean of precision and recall; NaN when either is undefined, 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        if (Double.isNaN(p) || Double.isNaN(r)) {
            return Double.NaN;
        }
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
