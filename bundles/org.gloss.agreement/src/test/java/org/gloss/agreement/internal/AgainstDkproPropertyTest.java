package org.gloss.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Every coefficient, computed by Gloss's boundary sweep over random codings at character level,
 * equals DKPro Statistics' figure computed per character (and per segment for u-alpha) to 1e-9,
 * for each code pooled over documents and overall.
 */
class AgainstDkproPropertyTest {
    private static final double TOLERANCE = 1e-9;

    @Property(tries = 200)
    void everyCoefficientMatchesDkpro(@ForAll("seeds") long seed, @ForAll @IntRange(min = 2, max = 4) int coders) {
        Studies studies = randomStudy(new Random(seed), coders);
        Study study = studies.build();
        // every code, used or not, so that the same units go to DKPro (DocumentScopeTest checks the default)
        AgreementReport report = new AgreementEngine(Measures.all(),
                AgreementOptions.defaults(UnitLevel.CHAR).withResamples(0).withAllCodes(true)).run(study);
        for (Study.CodeRef code : study.codes()) {
            compare(report.codes.get(code.name()), DkproOracle.figures(study, List.of(code)), code.name());
        }
        compare(report.overall, DkproOracle.figures(study, study.codes()), "overall");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Long> seeds() {
        return net.jqwik.api.Arbitraries.longs();
    }

    static Studies randomStudy(Random random, int coders) {
        String[] names = new String[coders];
        for (int c = 0; c < coders; c++) {
            names[c] = "c" + c;
        }
        Studies s = new Studies(names);
        int codes = 1 + random.nextInt(3);
        for (int i = 0; i < codes; i++) {
            s.code("code" + i);
        }
        int documents = 1 + random.nextInt(3);
        for (int d = 0; d < documents; d++) {
            s.document("doc" + d, 1 + random.nextInt(90));
        }
        for (int code = 0; code < codes; code++) {
            for (int d = 0; d < documents; d++) {
                int length = s.documents().get(d).length();
                for (int c = 0; c < coders; c++) {
                    int n = random.nextInt(5);
                    for (int i = 0; i < n; i++) {
                        int start = random.nextInt(length);
                        int end = start + 1 + random.nextInt(Math.max(1, Math.min(length - start, 1 + length / 3)));
                        s.coding(c, code, d, start, Math.min(end, length));
                    }
                }
            }
        }
        return s;
    }

    private static void compare(Figures gloss, Map<String, Object> dkpro, String scope) {
        for (String id : Measures.IDS) {
            Object expected = dkpro.get(id);
            Object actual = gloss.values.get(id);
            if (expected instanceof Map<?, ?> byPair) {
                for (Map.Entry<?, ?> e : byPair.entrySet()) {
                    check(id, scope + " " + e.getKey(), ((Map<?, ?>) actual).get(e.getKey()), e.getValue());
                }
            } else {
                check(id, scope, actual, expected);
            }
        }
    }

    private static void check(String id, String where, Object actualValue, Object expectedValue) {
        double actual = (Double) actualValue;
        double expected = (Double) expectedValue;
        if (Double.isNaN(expected)) {
            // DKPro refuses data with a single category; Gloss defines percent agreement as 1 there
            if (id.equals("percent_agreement")) {
                assertThat(actual).as(id + " " + where).isEqualTo(1.0);
            } else {
                assertThat(actual).as(id + " " + where).isNaN();
            }
        } else {
            assertThat(actual).as(id + " " + where).isCloseTo(expected, within(TOLERANCE));
        }
    }
}
