package org.gloss.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.junit.jupiter.api.Test;

/** Agreement depends on what was coded, not on how it was split into codings; regression cases. */
class InvariantsTest {
    private static Map<String, Object> figures(Study study) {
        AgreementReport report = new AgreementEngine(Measures.all(), AgreementOptions.defaults(UnitLevel.CHAR).withResamples(0))
                .run(study);
        return ReportJson.figures(report.overall);
    }

    @Property(tries = 100)
    void splittingACodingInTwoAdjacentCodingsChangesNothing(@ForAll long seed, @ForAll @IntRange(min = 2, max = 3) int coders) {
        Random random = new Random(seed);
        Studies original = AgainstDkproPropertyTest.randomStudy(random, coders);
        Studies split = new Studies(original.coders().toArray(String[]::new));
        original.codes().forEach(c -> split.code(c.name()));
        original.documents().forEach(d -> split.document(d.name(), d.length()));
        for (int[] c : original.codings()) {
            if (c[4] - c[3] >= 2) {
                int cut = c[3] + 1 + random.nextInt(c[4] - c[3] - 1);
                split.coding(c[0], c[1], c[2], c[3], cut).coding(c[0], c[1], c[2], cut, c[4]);
            } else {
                split.coding(c[0], c[1], c[2], c[3], c[4]);
            }
        }
        assertThat(figures(split.build())).isEqualTo(figures(original.build()));
    }

    @Test
    void twoAdjacentCodingsEqualOneLongerCoding() {
        Study adjacent = new Studies("A", "B").code("x").document("d", 100)
                .coding(0, 0, 0, 10, 30).coding(0, 0, 0, 30, 50).coding(1, 0, 0, 12, 50).build();
        Study joined = new Studies("A", "B").code("x").document("d", 100)
                .coding(0, 0, 0, 10, 50).coding(1, 0, 0, 12, 50).build();
        assertThat(figures(adjacent)).isEqualTo(figures(joined));
    }

    @Test
    void codersWhoCodedCompletelyDifferentPassagesDoNotAgree() {
        Study study = new Studies("A", "B").code("x").document("d", 1000)
                .coding(0, 0, 0, 100, 200).coding(0, 0, 0, 500, 550)
                .coding(1, 0, 0, 300, 400).coding(1, 0, 0, 700, 720).build();
        Map<String, Object> f = figures(study);
        for (String id : List.of("fleiss_kappa", "krippendorff_alpha", "u_alpha")) {
            assertThat((Double) f.get(id)).as(id).isLessThan(0.0);
        }
        assertThat((Double) ((Map<?, ?>) f.get("cohen_kappa")).get("A|B")).isLessThan(0.0);
    }

    @Test
    void identicalCodingsGiveOneForEveryCoefficient() {
        Studies s = new Studies("A", "B", "C").code("x").code("y").document("d1", 500).document("d2", 300);
        for (int coder = 0; coder < 3; coder++) {
            s.coding(coder, 0, 0, 10, 60).coding(coder, 0, 1, 0, 20).coding(coder, 1, 0, 40, 400).coding(coder, 1, 1, 290, 300);
        }
        Map<String, Object> f = figures(s.build());
        for (String id : Measures.IDS) {
            Object v = f.get(id);
            if (v instanceof Map<?, ?> byPair) {
                assertThat(byPair.values()).as(id).allSatisfy(x -> assertThat((Double) x).isEqualTo(1.0));
            } else {
                assertThat((Double) v).as(id).isEqualTo(1.0);
            }
        }
    }
}
