package org.gloss.agreement.coefficients.internal;

import org.gloss.api.agreement.AgreementMeasure;
import org.gloss.api.agreement.CodingAgreementMeasure;
import org.gloss.api.agreement.ReliabilityData;
import org.osgi.service.component.annotations.Component;

/**
 * Fleiss' kappa (1971) over the units every coder judged: P_o is the mean share of agreeing coder
 * pairs per unit, P_e = sum_k p_k^2 with p_k the share of all values that are k.
 */
@Component(service = AgreementMeasure.class)
public class FleissKappa implements CodingAgreementMeasure {
    @Override
    public String id() {
        return "fleiss_kappa";
    }

    @Override
    public String displayName() {
        return "Fleiss' kappa";
    }

    @Override
    public Scope scope() {
        return Scope.MULTI_CODER;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public double compute(ReliabilityData data) {
        int n = data.coderCount();
        if (n < 2) {
            return Double.NaN;
        }
        int[] counts = new int[data.categoryCount()];
        double[] categoryTotals = new double[data.categoryCount()];
        double units = 0;
        double agreeingPairs = 0;
        for (int r = 0; r < data.rowCount(); r++) {
            if (Categories.count(data, r, counts) < n) {
                continue; // Fleiss' kappa needs complete data
            }
            double w = data.weight(r);
            double pairs = 0;
            for (int k = 0; k < counts.length; k++) {
                pairs += (double) counts[k] * (counts[k] - 1);
                categoryTotals[k] += w * counts[k];
            }
            agreeingPairs += w * pairs;
            units += w;
        }
        if (units == 0) {
            return Double.NaN;
        }
        double observed = agreeingPairs / (units * n * (n - 1));
        double expected = 0;
        for (double total : categoryTotals) {
            double p = total / (units * n);
            expected += p * p;
        }
        return Categories.chanceCorrected(observed, expected);
    }
}
