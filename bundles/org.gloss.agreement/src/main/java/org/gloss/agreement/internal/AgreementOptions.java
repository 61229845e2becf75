package org.gloss.agreement.internal;

/**
 * How to measure: the unit, the segment-matching threshold, whether to keep only text somebody
 * coded, per-document figures, and the bootstrap.
 *
 * @param minOverlap   for segment units, the share (0..1] of two segments' joint extent that must overlap
 * @param codedOnly    keep only units that at least one coder coded with any code in scope
 * @param resamples    bootstrap resamples; 0 for no intervals
 * @param confidence   e.g. 0.95
 * @param bootstrapByDocument resample whole documents (cluster bootstrap) instead of units
 * @param allCodes     also report (and pool into overall) codes that no compared coder used; by
 *                     default they are listed as not used and left out
 */
record AgreementOptions(UnitLevel level, double minOverlap, boolean codedOnly, boolean byDocument, int resamples,
                        long seed, double confidence, boolean bootstrapByDocument, boolean allCodes) {
    /** Without codes nobody used. */
    AgreementOptions(UnitLevel level, double minOverlap, boolean codedOnly, boolean byDocument, int resamples,
                     long seed, double confidence, boolean bootstrapByDocument) {
        this(level, minOverlap, codedOnly, byDocument, resamples, seed, confidence, bootstrapByDocument, false);
    }

    static AgreementOptions defaults(UnitLevel level) {
        return new AgreementOptions(level, 0.9, false, false, 1000, 1, 0.95, false);
    }

    AgreementOptions withAllCodes(boolean value) {
        return new AgreementOptions(level, minOverlap, codedOnly, byDocument, resamples, seed, confidence, bootstrapByDocument,
                value);
    }

    AgreementOptions withBootstrapByDocument(boolean value) {
        return new AgreementOptions(level, minOverlap, codedOnly, byDocument, resamples, seed, confidence, value, allCodes);
    }

    AgreementOptions withResamples(int n) {
        return new AgreementOptions(level, minOverlap, codedOnly, byDocument, n, seed, confidence, bootstrapByDocument, allCodes);
    }

    AgreementOptions withByDocument(boolean value) {
        return new AgreementOptions(level, minOverlap, codedOnly, value, resamples, seed, confidence, bootstrapByDocument,
                allCodes);
    }

    AgreementOptions withCodedOnly(boolean value) {
        return new AgreementOptions(level, minOverlap, value, byDocument, resamples, seed, confidence, bootstrapByDocument,
                allCodes);
    }
}
