package org.gloss.agreement.coefficients.internal;

import org.gloss.api.agreement.AgreementMeasure;
import org.gloss.api.agreement.CodingAgreementMeasure;
import org.gloss.api.agreement.ReliabilityData;
import org.osgi.service.component.annotations.Component;

/**
 * Krippendorff's alpha with the nominal metric, missing values allowed (Krippendorff 2011,
 * "Computing Krippendorff's alpha-reliability"). Units with fewer than two values are not
 * pairable and are left out. With o_ck the coincidences and n_c their marginals:
 * alpha = 1 - (n - 1) * sum_{c!=k} o_ck / sum_{c!=k} n_c n_k.
 */
@Component(service = AgreementMeasure.class)
public class KrippendorffAlphaNominal implements CodingAgreementMeasure {
    @Override
    public String id() {
        return "krippendorff_alpha";
    }

    @Override
    public String displayName() {
        return "Krippendorff's alpha (nominal)";
    }

    @Override
    public Scope scope() {
        return Scope.MULTI_CODER;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public double compute(ReliabilityData data) {
        int[] counts = new int[data.categoryCount()];
        double[] marginals = new double[data.categoryCount()];
        double disagreeingCoincidences = 0;
        for (int r = 0; r < data.rowCount(); r++) {
            int m = Categories.count(data, r, counts);
            if (m < 2) {
                continue;
            }
            double w = data.weight(r);
            double sameSquares = 0;
            for (int k = 0; k < counts.length; k++) {
                sameSquares += (double) counts[k] * counts[k];
                marginals[k] += w * counts[k];
            }
            // sum over ordered value pairs in the unit with different values, each weighted 1/(m-1)
            disagreeingCoincidences += w * ((double) m * m - sameSquares) / (m - 1);
        }
        double n = 0;
        double sameMarginalSquares = 0;
        for (double nc : marginals) {
            n += nc;
            sameMarginalSquares += nc * nc;
        }
        double expectedPairs = n * n - sameMarginalSquares;
        if (n < 2 || expectedPairs == 0) {
            return Double.NaN; // no pairable values, or a single category: no variation to judge agreement on
        }
        double observed = disagreeingCoincidences / n;
        double expected = expectedPairs / (n * (n - 1));
        return 1.0 - observed / expected;
    }
}
