package org.gloss.api.agreement;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An agreement coefficient, registered as a service. Implementations are either
 * {@link CodingAgreementMeasure} (computed over units x coders reliability data) or
 * {@link UnitizingAgreementMeasure} (computed over segments on a continuum).
 */
@ConsumerType
public interface AgreementMeasure {
    /** Whether a measure compares two coders at a time, all coders at once, or segments on a continuum. */
    enum Scope {
        /** Defined for exactly two coders; reported for every pair. */
        PAIRWISE,
        /** Defined for two or more coders at once. */
        MULTI_CODER,
        /** Defined over segments on a continuum (unitizing), for two or more coders. */
        UNITIZING
    }

    /** Stable key, used in JSON output and on the command line, e.g. {@code cohen_kappa}. */
    String id();

    /** Name for people, e.g. "Cohen's kappa". */
    String displayName();

    Scope scope();

    /** Order in reports (lower first). */
    default int order() {
        return 100;
    }
}
