package org.gloss.api.agreement;

import org.osgi.annotation.versioning.ConsumerType;

/** A coefficient computed over segments that coders marked on a continuum (e.g. Krippendorff's u-alpha). */
@ConsumerType
public interface UnitizingAgreementMeasure extends AgreementMeasure {
    /** The coefficient, or {@link Double#NaN} when it is undefined for these data. */
    double compute(UnitizingData data);

    @Override
    default Scope scope() {
        return Scope.UNITIZING;
    }
}
