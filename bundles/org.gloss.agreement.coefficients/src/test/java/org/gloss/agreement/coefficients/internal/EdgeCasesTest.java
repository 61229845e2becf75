package org.gloss.agreement.coefficients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.gloss.api.agreement.CodingAgreementMeasure;
import org.gloss.api.agreement.ReliabilityData;
import org.gloss.api.agreement.UnitizingData;
import org.gloss.api.agreement.UnitizingData.Segment;
import org.junit.jupiter.api.Test;

/** What each coefficient returns where the usual formulas break down (documented in docs/agreement.md). */
class EdgeCasesTest {
    private final List<CodingAgreementMeasure> chanceCorrected = List.of(new CohenKappa(), new ScottPi(), new FleissKappa(),
            new KrippendorffAlphaNominal());

    @Test
    void noVariationLeavesChanceCorrectedCoefficientsUndefinedButAc1AndPercentAtOne() {
        // a code nobody used: every unit is 0 for both coders
        ReliabilityData nobody = ReliabilityData.builder(List.of("A", "B"), 2).addUnits(1000, 0, 0).build();
        for (CodingAgreementMeasure m : chanceCorrected) {
            assertThat(m.compute(nobody)).as(m.id()).isNaN();
        }
        assertThat(new PercentAgreement().compute(nobody)).isEqualTo(1.0);
        assertThat(new GwetAc1().compute(nobody)).isEqualTo(1.0);
    }

    @Test
    void perfectAgreementWithVariationIsOneEverywhere() {
        ReliabilityData same = ReliabilityData.builder(List.of("A", "B"), 2).addUnits(30, 1, 1).addUnits(70, 0, 0).build();
        for (CodingAgreementMeasure m : List.of(new PercentAgreement(), new CohenKappa(), new ScottPi(), new FleissKappa(),
                new KrippendorffAlphaNominal(), new GwetAc1())) {
            assertThat(m.compute(same)).as(m.id()).isEqualTo(1.0);
        }
    }

    @Test
    void oneCoderWithoutCodingsGivesKappaZeroAndNegativeAlpha() {
        ReliabilityData oneSilent = ReliabilityData.builder(List.of("A", "B"), 2).addUnits(30, 1, 0).addUnits(70, 0, 0).build();
        // Cohen: p_e = p_o = 0.7 (B's marginal is all "no"), so kappa = 0
        assertThat(new CohenKappa().compute(oneSilent)).isEqualTo(0.0);
        assertThat(new ScottPi().compute(oneSilent)).isNegative();
        assertThat(new KrippendorffAlphaNominal().compute(oneSilent)).isNegative();
    }

    @Test
    void noUnitsAtAllIsUndefined() {
        ReliabilityData empty = ReliabilityData.builder(List.of("A", "B"), 2).build();
        for (CodingAgreementMeasure m : List.of(new PercentAgreement(), new CohenKappa(), new ScottPi(), new FleissKappa(),
                new KrippendorffAlphaNominal(), new GwetAc1())) {
            assertThat(m.compute(empty)).as(m.id()).isNaN();
        }
    }

    @Test
    void pairwiseMeasuresRefuseOtherThanTwoCoders() {
        ReliabilityData three = ReliabilityData.builder(List.of("A", "B", "C"), 2).addUnit(1, 0, 1).build();
        assertThatThrownBy(() -> new CohenKappa().compute(three)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unitizingAlphaOfDisjointPassagesIsNotOne() {
        // regression: coders who marked completely different passages must not agree
        UnitizingData disjoint = new UnitizingData(100, List.of("A", "B"),
                List.of(new Segment(0, 0, 10, 30), new Segment(1, 0, 60, 80)));
        assertThat(new KrippendorffUnitizingAlpha().compute(disjoint)).isLessThan(0.0);
        UnitizingData identical = new UnitizingData(100, List.of("A", "B"),
                List.of(new Segment(0, 0, 10, 30), new Segment(1, 0, 10, 30)));
        assertThat(new KrippendorffUnitizingAlpha().compute(identical)).isEqualTo(1.0);
    }

    @Test
    void unitizingAlphaWithoutSegmentsIsUndefined() {
        assertThat(new KrippendorffUnitizingAlpha().compute(new UnitizingData(10, List.of("A", "B"), List.of()))).isNaN();
    }
}
