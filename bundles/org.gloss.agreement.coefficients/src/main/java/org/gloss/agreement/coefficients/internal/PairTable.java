package org.gloss.agreement.coefficients.internal;

import org.gloss.api.agreement.ReliabilityData;

/**
 * The q x q contingency table of two coders over the units both judged (units where either value
 * is missing are left out, as Cohen's and Scott's coefficients require).
 */
final class PairTable {
    final double[][] cells;
    final double[] first;
    final double[] second;
    final double total;

    private PairTable(double[][] cells, double[] first, double[] second, double total) {
        this.cells = cells;
        this.first = first;
        this.second = second;
        this.total = total;
    }

    static PairTable of(ReliabilityData data, String measure) {
        Categories.requirePair(data, measure);
        int q = data.categoryCount();
        double[][] cells = new double[q][q];
        double[] first = new double[q];
        double[] second = new double[q];
        double total = 0;
        for (int r = 0; r < data.rowCount(); r++) {
            int a = data.value(r, 0);
            int b = data.value(r, 1);
            if (a == ReliabilityData.MISSING || b == ReliabilityData.MISSING) {
                continue;
            }
            double w = data.weight(r);
            cells[a][b] += w;
            first[a] += w;
            second[b] += w;
            total += w;
        }
        return new PairTable(cells, first, second, total);
    }

    /** Share of units on which the two coders agree; NaN without units. */
    double observedAgreement() {
        if (total == 0) {
            return Double.NaN;
        }
        double agree = 0;
        for (int k = 0; k < cells.length; k++) {
            agree += cells[k][k];
        }
        return agree / total;
    }
}
