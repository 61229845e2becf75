package org.gloss.agreement.coefficients.internal;

import org.gloss.api.agreement.AgreementMeasure;
import org.gloss.api.agreement.CodingAgreementMeasure;
import org.gloss.api.agreement.ReliabilityData;
import org.osgi.service.component.annotations.Component;

/**
 * Gwet's AC1 (Gwet 2008; Handbook of Inter-Rater Reliability, 4th ed., ch. 2) for several coders
 * with missing values: p_a over units with at least two values,
 * p_e = 1/(q-1) sum_k pi_k (1 - pi_k), pi_k the mean share of k over units with at least one
 * value, q the size of the scale.
 */
@Component(service = AgreementMeasure.class)
public class GwetAc1 implements CodingAgreementMeasure {
    @Override
    public String id() {
        return "gwet_ac1";
    }

    @Override
    public String displayName() {
        return "Gwet's AC1";
    }

    @Override
    public Scope scope() {
        return Scope.MULTI_CODER;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public double compute(ReliabilityData data) {
        int q = data.categoryCount();
        if (q < 2) {
            return Double.NaN;
        }
        int[] counts = new int[q];
        double[] shares = new double[q];
        double judgedUnits = 0;
        double pairableUnits = 0;
        double agreement = 0;
        for (int r = 0; r < data.rowCount(); r++) {
            int m = Categories.count(data, r, counts);
            if (m == 0) {
                continue;
            }
            double w = data.weight(r);
            judgedUnits += w;
            for (int k = 0; k < q; k++) {
                shares[k] += w * counts[k] / (double) m;
            }
            if (m >= 2) {
                double pairs = 0;
                for (int k = 0; k < q; k++) {
                    pairs += (double) counts[k] * (counts[k] - 1);
                }
                agreement += w * pairs / ((double) m * (m - 1));
                pairableUnits += w;
            }
        }
        if (pairableUnits == 0) {
            return Double.NaN;
        }
        double observed = agreement / pairableUnits;
        double expected = 0;
        for (int k = 0; k < q; k++) {
            double pi = shares[k] / judgedUnits;
            expected += pi * (1 - pi);
        }
        expected /= q - 1;
        return Categories.chanceCorrected(observed, expected);
    }
}
