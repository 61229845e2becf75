package org.gloss.agreement.coefficients.internal;

import org.gloss.api.agreement.AgreementMeasure;
import org.gloss.api.agreement.CodingAgreementMeasure;
import org.gloss.api.agreement.ReliabilityData;
import org.osgi.service.component.annotations.Component;

/**
 * Cohen's kappa (1960): chance agreement from each coder's own marginal distribution,
 * p_e = sum_k (n_k. / N)(n_.k / N).
 */
@Component(service = AgreementMeasure.class)
public class CohenKappa implements CodingAgreementMeasure {
    @Override
    public String id() {
        return "cohen_kappa";
    }

    @Override
    public String displayName() {
        return "Cohen's kappa";
    }

    @Override
    public Scope scope() {
        return Scope.PAIRWISE;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public double compute(ReliabilityData data) {
        PairTable table = PairTable.of(data, displayName());
        if (table.total == 0) {
            return Double.NaN;
        }
        double expected = 0;
        for (int k = 0; k < table.first.length; k++) {
            expected += table.first[k] * table.second[k];
        }
        expected /= table.total * table.total;
        return Categories.chanceCorrected(table.observedAgreement(), expected);
    }
}
