package org.gloss.agreement.coefficients.internal;

import org.gloss.api.agreement.AgreementMeasure;
import org.gloss.api.agreement.CodingAgreementMeasure;
import org.gloss.api.agreement.ReliabilityData;
import org.osgi.service.component.annotations.Component;

/** Share of the units both coders judged on which they give the same value. */
@Component(service = AgreementMeasure.class)
public class PercentAgreement implements CodingAgreementMeasure {
    @Override
    public String id() {
        return "percent_agreement";
    }

    @Override
    public String displayName() {
        return "Percent agreement";
    }

    @Override
    public Scope scope() {
        return Scope.PAIRWISE;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public double compute(ReliabilityData data) {
        return PairTable.of(data, displayName()).observedAgreement();
    }
}
