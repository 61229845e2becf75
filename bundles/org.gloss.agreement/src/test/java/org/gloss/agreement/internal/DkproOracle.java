package org.gloss.agreement.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dkpro.statistics.agreement.IAgreementMeasure;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.ICodingAnnotationItem;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.coding.ScottPiAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.gloss.model.IntervalSet;

/**
 * The reference figures from DKPro Statistics, computed the slow way: one DKPro item per
 * character, one DKPro unit per segment. DKPro has no Gwet's AC1, so AC1 is computed from DKPro's
 * own items and observed agreement with Gwet's chance term.
 */
final class DkproOracle {
    private DkproOracle() {
    }

    /** Per measure id a value (pairwise measures: per "A|B"); NaN where DKPro finds the data insufficient. */
    static Map<String, Object> figures(Study study, List<Study.CodeRef> codes) {
        int k = study.coders().size();
        CodingAnnotationStudy all = new CodingAnnotationStudy(k);
        UnitizingAnnotationStudy continuum = new UnitizingAnnotationStudy(k, 0,
                Math.max(1, study.documents().stream().mapToLong(Study.DocumentRef::length).sum()));
        boolean anySegment = false;
        for (Study.CodeRef code : codes) {
            long offset = 0;
            for (Study.DocumentRef d : study.documents()) {
                List<IntervalSet> layers = study.coverage().layers(code.id(), d.id());
                for (int pos = 0; pos < d.length(); pos++) {
                    Object[] values = new Object[k];
                    for (int c = 0; c < k; c++) {
                        values[c] = layers.get(c).intersects(pos, pos + 1) ? 1 : 0;
                    }
                    all.addItemAsArray(values);
                }
                for (int c = 0; c < k; c++) {
                    IntervalSet set = layers.get(c);
                    for (int i = 0; i < set.size(); i++) {
                        continuum.addUnit(offset + set.start(i), set.end(i) - set.start(i), c, code.name());
                        anySegment = true;
                    }
                }
                offset += d.length();
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        Map<String, Double> percent = new LinkedHashMap<>();
        Map<String, Double> cohen = new LinkedHashMap<>();
        Map<String, Double> scott = new LinkedHashMap<>();
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                CodingAnnotationStudy pair = all.extractRaters(i, j);
                String key = AgreementReport.pairKey(study.coders().get(i), study.coders().get(j));
                percent.put(key, agreement(new PercentageAgreement(pair)));
                cohen.put(key, agreement(new CohenKappaAgreement(pair)));
                scott.put(key, agreement(new ScottPiAgreement(pair)));
            }
        }
        figures.put("percent_agreement", percent);
        figures.put("cohen_kappa", cohen);
        figures.put("scott_pi", scott);
        figures.put("fleiss_kappa", agreement(new FleissKappaAgreement(all)));
        figures.put("krippendorff_alpha", agreement(new KrippendorffAlphaAgreement(all, new NominalDistanceFunction())));
        figures.put("gwet_ac1", ac1(all));
        figures.put("u_alpha", anySegment && study.documents().stream().mapToLong(Study.DocumentRef::length).sum() > 0
                ? unitizingAlpha(continuum) : Double.NaN);
        return figures;
    }

    /**
     * DKPro's u-alpha, except where its expected disagreement is 0 (all units of length 1 and no
     * gaps, e.g. a one-character text every coder marked): DKPro returns 0 there, Gloss
     * "undefined" (NaN), as for alpha without variation.
     */
    private static double unitizingAlpha(UnitizingAnnotationStudy continuum) {
        double[] expected = new double[1];
        KrippendorffAlphaUnitizingAgreement measure = new KrippendorffAlphaUnitizingAgreement(continuum) {
            {
                expected[0] = calculateExpectedDisagreement();
            }
        };
        return expected[0] == 0.0 ? Double.NaN : agreement(measure);
    }

    private static double agreement(IAgreementMeasure measure) {
        try {
            return measure.calculateAgreement();
        } catch (InsufficientDataException e) {
            return Double.NaN;
        }
    }

    /** Gwet's AC1 on a binary scale: DKPro's observed agreement, chance 1/(q-1) sum pi_k(1-pi_k), q = 2. */
    private static double ac1(CodingAnnotationStudy study) {
        if (study.getItemCount() == 0) {
            return Double.NaN;
        }
        double observed;
        try {
            observed = new FleissKappaAgreement(study) {
                double observed() {
                    return calculateObservedAgreement();
                }
            }.observed();
        } catch (InsufficientDataException onlyOneCategory) {
            observed = 1.0;
        }
        double coded = 0;
        for (ICodingAnnotationItem item : study.getItems()) {
            Integer ones = CodingAnnotationStudy.countTotalAnnotationsPerCategory(item).get(1);
            coded += (ones == null ? 0 : ones) / (double) item.getRaterCount();
        }
        double pi = coded / study.getItemCount();
        double expected = (pi * (1 - pi) + (1 - pi) * pi) / (2 - 1);
        return (observed - expected) / (1 - expected);
    }
}
