package org.gloss.agreement.internal;

import java.util.List;

import org.gloss.agreement.coefficients.internal.CohenKappa;
import org.gloss.agreement.coefficients.internal.FleissKappa;
import org.gloss.agreement.coefficients.internal.GwetAc1;
import org.gloss.agreement.coefficients.internal.KrippendorffAlphaNominal;
import org.gloss.agreement.coefficients.internal.KrippendorffUnitizingAlpha;
import org.gloss.agreement.coefficients.internal.PercentAgreement;
import org.gloss.agreement.coefficients.internal.ScottPi;
import org.gloss.api.agreement.AgreementMeasure;

/** The installed measures as the OSGi runtime would provide them (tests are not bundles). */
final class Measures {
    private Measures() {
    }

    static List<AgreementMeasure> all() {
        return List.of(new PercentAgreement(), new CohenKappa(), new ScottPi(), new FleissKappa(), new KrippendorffAlphaNominal(),
                new GwetAc1(), new KrippendorffUnitizingAlpha());
    }

    static final List<String> IDS = List.of("percent_agreement", "cohen_kappa", "scott_pi", "fleiss_kappa",
            "krippendorff_alpha", "gwet_ac1", "u_alpha");
}
