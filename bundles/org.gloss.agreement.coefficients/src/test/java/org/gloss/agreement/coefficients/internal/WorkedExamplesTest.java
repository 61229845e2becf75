package org.gloss.agreement.coefficients.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.gloss.api.agreement.ReliabilityData;
import org.junit.jupiter.api.Test;

/** The coefficients against examples worked in the literature. */
class WorkedExamplesTest {
    private static final int M = ReliabilityData.MISSING;

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers,
     * twelve units, values 1..5 with missing values; nominal alpha = 0.743.
     */
    @Test
    void krippendorffsFourObserversWithMissingValues() {
        int[][] byObserver = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, M, M, M},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, M, 3},
            {M, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, M},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, M}};
        ReliabilityData.Builder builder = ReliabilityData.builder(List.of("A", "B", "C", "D"), 5);
        for (int unit = 0; unit < 12; unit++) {
            int[] values = new int[4];
            for (int o = 0; o < 4; o++) {
                int v = byObserver[o][unit];
                values[o] = v == M ? M : v - 1; // categories 1..5 become 0..4
            }
            builder.addUnit(values);
        }
        double alpha = new KrippendorffAlphaNominal().compute(builder.build());
        assertThat(alpha).isCloseTo(0.743, within(0.0005));
        // his coincidence matrix: n = 40 pairable values, marginals 9, 13, 10, 5, 3, off-diagonal sum 8
        assertThat(alpha).isCloseTo(1 - 39.0 * 8 / (40 * 40 - (9 * 9 + 13 * 13 + 10 * 10 + 5 * 5 + 3 * 3)), within(1e-12));
    }

    /** Two coders, yes/no, 50 units: 20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no; p_o = 0.7, p_e = 0.5, kappa = 0.4. */
    private static ReliabilityData yesNoTable() {
        return ReliabilityData.builder(List.of("A", "B"), 2)
                .addUnits(20, 1, 1).addUnits(5, 1, 0).addUnits(10, 0, 1).addUnits(15, 0, 0).build();
    }

    @Test
    void cohensKappaTextbookTable() {
        assertThat(new PercentAgreement().compute(yesNoTable())).isCloseTo(0.7, within(1e-12));
        assertThat(new CohenKappa().compute(yesNoTable())).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void scottsPiAndAc1OfTheSameTableByHand() {
        // pooled shares: yes (25 + 30) / 100 = 0.55, no 0.45; p_e(pi) = 0.55^2 + 0.45^2 = 0.505
        assertThat(new ScottPi().compute(yesNoTable())).isCloseTo((0.7 - 0.505) / (1 - 0.505), within(1e-12));
        // AC1: p_e = (0.55 * 0.45 + 0.45 * 0.55) / (2 - 1) = 0.495
        assertThat(new GwetAc1().compute(yesNoTable())).isCloseTo((0.7 - 0.495) / (1 - 0.495), within(1e-12));
        // Fleiss' kappa of two coders is Scott's pi
        assertThat(new FleissKappa().compute(yesNoTable())).isCloseTo(new ScottPi().compute(yesNoTable()), within(1e-12));
    }

    /** Fleiss (1971) as reproduced on Wikipedia: 10 subjects, 14 raters, 5 categories; kappa = 0.210. */
    @Test
    void fleissKappaFourteenRaters() {
        int[][] counts = {
            {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        List<String> raters = java.util.stream.IntStream.range(0, 14).mapToObj(i -> "r" + i).toList();
        ReliabilityData.Builder builder = ReliabilityData.builder(raters, 5);
        for (int[] row : counts) {
            int[] values = new int[14];
            int r = 0;
            for (int k = 0; k < 5; k++) {
                for (int n = 0; n < row[k]; n++) {
                    values[r++] = k;
                }
            }
            builder.addUnit(values);
        }
        assertThat(new FleissKappa().compute(builder.build())).isCloseTo(0.210, within(0.0005));
    }
}
