package org.gloss.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Bootstrap intervals over units and over documents; a document nobody coded. */
class BootstrapTest {
    private static Study study() {
        Studies s = new Studies("A", "B").code("x");
        for (int d = 0; d < 6; d++) {
            s.document("d" + d, 1000);
            s.coding(0, 0, d, 100, 300 + 40 * d).coding(1, 0, d, 120 + 10 * d, 320);
        }
        return s.build();
    }

    private static AgreementReport run(Study study, AgreementOptions options) {
        return new AgreementEngine(Measures.all(), options).run(study);
    }

    private static double[] alphaInterval(AgreementReport report) {
        return (double[]) report.overall.intervals.get("krippendorff_alpha");
    }

    @Test
    void unitIntervalsHoldTheEstimateAndDependOnlyOnTheSeed() {
        AgreementOptions options = AgreementOptions.defaults(UnitLevel.CHAR);
        AgreementReport first = run(study(), options);
        double alpha = first.overall.value("krippendorff_alpha");
        double[] interval = alphaInterval(first);
        assertThat(interval[0]).isLessThan(alpha);
        assertThat(interval[1]).isGreaterThan(alpha);
        assertThat(alphaInterval(run(study(), options))).containsExactly(interval);
        AgreementOptions otherSeed = new AgreementOptions(UnitLevel.CHAR, 0.9, false, false, 1000, 2, 0.95, false);
        assertThat(alphaInterval(run(study(), otherSeed))).isNotEqualTo(interval);
        @SuppressWarnings("unchecked")
        Map<String, double[]> kappa = (Map<String, double[]>) first.overall.intervals.get("cohen_kappa");
        assertThat(kappa.get("A|B")[0]).isLessThan(first.overall.value("cohen_kappa", "A|B"));
    }

    @Test
    void documentIntervalsResampleWholeDocumentsAndAreWider() {
        double[] byUnit = alphaInterval(run(study(), AgreementOptions.defaults(UnitLevel.CHAR)));
        double[] byDocument = alphaInterval(run(study(), AgreementOptions.defaults(UnitLevel.CHAR).withBootstrapByDocument(true)));
        assertThat(byDocument[1] - byDocument[0]).isGreaterThan(byUnit[1] - byUnit[0]);
        // one document: every resample is that document, so the interval is the estimate itself
        Study one = new Studies("A", "B").code("x").document("d", 1000).coding(0, 0, 0, 100, 300).coding(1, 0, 0, 150, 320).build();
        AgreementReport report = run(one, AgreementOptions.defaults(UnitLevel.CHAR).withBootstrapByDocument(true));
        double alpha = report.overall.value("krippendorff_alpha");
        assertThat(alphaInterval(report)).containsExactly(alpha, alpha);
    }

    @Test
    void uAlphaGetsAnIntervalOnlyFromWholeDocumentsRecomputedOnTheirContinuum() {
        AgreementReport byUnit = run(study(), AgreementOptions.defaults(UnitLevel.CHAR));
        assertThat(byUnit.overall.intervals).doesNotContainKey("u_alpha");

        AgreementOptions byDocument = AgreementOptions.defaults(UnitLevel.CHAR).withBootstrapByDocument(true);
        AgreementReport report = run(study(), byDocument);
        double uAlpha = report.overall.value("u_alpha");
        double[] interval = (double[]) report.overall.intervals.get("u_alpha");
        assertThat(interval[0]).isLessThan(uAlpha).isGreaterThanOrEqualTo(-1);
        assertThat(interval[1]).isGreaterThan(uAlpha).isLessThanOrEqualTo(1);
        assertThat((double[]) report.codes.get("x").intervals.get("u_alpha")).as("one code: the same continuum").containsExactly(interval);
        assertThat((double[]) run(study(), byDocument).overall.intervals.get("u_alpha")).as("seeded").containsExactly(interval);

        // the interval's ends are u-alpha of real resamples: recompute them from the same draws
        Study study = study();
        java.util.SplittableRandom random = new java.util.SplittableRandom(byDocument.seed());
        double[] values = new double[byDocument.resamples()];
        var uAlphaMeasure = Measures.all().stream()
                .filter(m -> m instanceof org.gloss.api.agreement.UnitizingAgreementMeasure).findFirst().orElseThrow();
        for (int b = 0; b < values.length; b++) {
            java.util.List<Study.DocumentRef> drawn = new java.util.ArrayList<>();
            for (int i = 0; i < study.documents().size(); i++) {
                drawn.add(study.documents().get(random.nextInt(study.documents().size())));
            }
            values[b] = ((org.gloss.api.agreement.UnitizingAgreementMeasure) uAlphaMeasure)
                    .compute(Continuum.of(study, study.codes(), drawn));
        }
        java.util.Arrays.sort(values);
        assertThat(interval).containsExactly(values[24], values[974]);

        // one document: every resample is that document
        Study one = new Studies("A", "B").code("x").document("d", 1000).coding(0, 0, 0, 100, 300).coding(1, 0, 0, 150, 320).build();
        AgreementReport single = run(one, byDocument);
        assertThat((double[]) single.overall.intervals.get("u_alpha"))
                .containsExactly(single.overall.value("u_alpha"), single.overall.value("u_alpha"));
    }

    @Test
    void aDocumentNobodyCodedAgreesOnNothingBeingThere() {
        Study study = new Studies("A", "B").code("x").document("coded", 100).document("empty", 100)
                .coding(0, 0, 0, 10, 50).coding(1, 0, 0, 20, 50).build();
        AgreementReport report = run(study, AgreementOptions.defaults(UnitLevel.CHAR).withByDocument(true).withResamples(0));
        Figures empty = report.codes.get("x").documents.get("empty");
        assertThat(empty.units).isEqualTo(100);
        assertThat(empty.value("percent_agreement", "A|B")).isEqualTo(1.0);
        assertThat(empty.value("cohen_kappa", "A|B")).isNaN();
        assertThat(empty.value("krippendorff_alpha")).isNaN();
        assertThat(empty.value("u_alpha")).isNaN();
        // pooled, its units count as agreement on "not coded"
        assertThat(report.codes.get("x").units).isEqualTo(200);
        assertThat(report.codes.get("x").value("percent_agreement", "A|B")).isEqualTo(190 / 200.0);
        // and --coded-only leaves it out
        AgreementReport codedOnly = run(study, AgreementOptions.defaults(UnitLevel.CHAR).withCodedOnly(true).withResamples(0));
        assertThat(codedOnly.codes.get("x").units).isEqualTo(40);
    }
}
