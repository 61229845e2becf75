package org.gloss.api.agreement;

import org.osgi.annotation.versioning.ConsumerType;

/** A coefficient computed over reliability data: units x coders, each value a category or missing. */
@ConsumerType
public interface CodingAgreementMeasure extends AgreementMeasure {
    /**
     * The coefficient, or {@link Double#NaN} when it is undefined for these data (for example a
     * chance-corrected coefficient when only one category occurs). A {@link Scope#PAIRWISE}
     * measure requires exactly two coders.
     *
     * @throws IllegalArgumentException if a pairwise measure gets other than two coders
     */
    double compute(ReliabilityData data);
}
