package org.gloss.agreement.coefficients.internal;

import org.gloss.api.agreement.AgreementMeasure;
import org.gloss.api.agreement.CodingAgreementMeasure;
import org.gloss.api.agreement.ReliabilityData;
import org.osgi.service.component.annotations.Component;

/**
 * Scott's pi (1955): chance agreement from the pooled distribution of both coders,
 * p_e = sum_k ((n_k. + n_.k) / 2N)^2.
 */
@Component(service = AgreementMeasure.class)
public class ScottPi implements CodingAgreementMeasure {
    @Override
    public String id() {
        return "scott_pi";
    }

    @Override
    public String displayName() {
        return "Scott's pi";
    }

    @Override
    public Scope scope() {
        return Scope.PAIRWISE;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public double compute(ReliabilityData data) {
        PairTable table = PairTable.of(data, displayName());
        if (table.total == 0) {
            return Double.NaN;
        }
        double expected = 0;
        for (int k = 0; k < table.first.length; k++) {
            double pooled = (table.first[k] + table.second[k]) / (2 * table.total);
            expected += pooled * pooled;
        }
        return Categories.chanceCorrected(table.observedAgreement(), expected);
    }
}
