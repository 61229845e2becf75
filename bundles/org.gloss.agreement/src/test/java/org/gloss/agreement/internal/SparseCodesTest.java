package org.gloss.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.gloss.api.agreement.AgreementMeasure;
import org.gloss.api.agreement.CodingAgreementMeasure;
import org.gloss.api.agreement.ReliabilityData;
import org.gloss.api.agreement.UnitizingAgreementMeasure;
import org.gloss.api.agreement.UnitizingData;
import org.gloss.model.IntervalSet;

/**
 * A study of many codes, each applied in only a few of many documents (the shape of a real
 * project, where the engine skips the (code, document) pairs nobody coded), gives exactly the
 * figures of the naive computation: a histogram per character of every (code, document), uncoded
 * ones included, and a continuum of every document laid end to end.
 */
class SparseCodesTest {
    @Property(tries = 60)
    void figuresEqualTheNaiveComputationOverEveryCodeAndDocument(@ForAll long seed, @ForAll @IntRange(min = 2, max = 3) int coders,
                                                                 @ForAll boolean codedOnly, @ForAll boolean allCodes) {
        Study study = sparseStudy(new Random(seed), coders);
        AgreementOptions options = AgreementOptions.defaults(UnitLevel.CHAR).withResamples(0).withCodedOnly(codedOnly)
                .withAllCodes(allCodes).withByDocument(true);
        AgreementReport report = new AgreementEngine(Measures.all(), options).run(study);

        List<Study.CodeRef> measured = new ArrayList<>();
        for (Study.CodeRef code : study.codes()) {
            if (allCodes || codedAnywhere(study, code)) {
                measured.add(code);
            }
        }
        assertThat(report.codes.keySet()).containsExactlyElementsOf(measured.stream().map(Study.CodeRef::name).toList());
        long[] overall = new long[1 << coders];
        for (Study.CodeRef code : measured) {
            long[] pooled = new long[1 << coders];
            Figures figures = report.codes.get(code.name());
            for (Study.DocumentRef document : study.documents()) {
                long[] masks = naiveMasks(study, code, document, codedOnly);
                add(pooled, masks);
                assertFigures(figures.documents.get(document.name()), study, masks, naiveContinuum(study, List.of(code), List.of(document)),
                        code.name() + " in " + document.name());
            }
            add(overall, pooled);
            assertFigures(figures, study, pooled, naiveContinuum(study, List.of(code), study.documents()), code.name());
        }
        assertFigures(report.overall, study, overall, naiveContinuum(study, measured, study.documents()), "overall");
        if (!measured.isEmpty()) {
            for (Study.DocumentRef document : study.documents()) {
                long[] masks = new long[1 << coders];
                for (Study.CodeRef code : measured) {
                    add(masks, naiveMasks(study, code, document, codedOnly));
                }
                assertFigures(report.overall.documents.get(document.name()), study, masks,
                        naiveContinuum(study, measured, List.of(document)), "overall in " + document.name());
            }
        }
    }

    @Property(tries = 20)
    void bootstrapIntervalsOfACodeDoNotDependOnTheOtherCodes(@ForAll long seed, @ForAll boolean byDocument) {
        Study study = sparseStudy(new Random(seed), 2);
        AgreementOptions options = AgreementOptions.defaults(UnitLevel.CHAR).withResamples(50).withBootstrapByDocument(byDocument);
        AgreementReport all = new AgreementEngine(Measures.all(), options).run(study);
        for (String code : all.codes.keySet()) {
            Study.CodeRef ref = study.codes().stream().filter(c -> c.name().equals(code)).findFirst().orElseThrow();
            Study alone = new Study(study.coders(), List.of(ref), study.documents(), study.coverage(), study.texts());
            Figures expected = new AgreementEngine(Measures.all(), options).run(alone).codes.get(code);
            assertThat(ReportJson.figures(all.codes.get(code))).as(code).isEqualTo(ReportJson.figures(expected));
            assertThat(all.codes.get(code).intervals).as(code).isNotEmpty();
            expected.intervals.forEach((measure, interval) -> assertThat(all.codes.get(code).intervals.get(measure))
                    .as(code + " " + measure).usingRecursiveComparison().isEqualTo(interval));
        }
    }

    /** 30 codes over 40 documents; each code is applied in at most 3 documents, some codes nowhere. */
    private static Study sparseStudy(Random random, int coders) {
        String[] names = new String[coders];
        for (int c = 0; c < coders; c++) {
            names[c] = "c" + c;
        }
        Studies s = new Studies(names);
        int codes = 30;
        int documents = 40;
        for (int k = 0; k < codes; k++) {
            s.code("code" + k);
        }
        for (int d = 0; d < documents; d++) {
            s.document("doc" + d, random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(60));
        }
        for (int k = 0; k < codes; k++) {
            int used = random.nextInt(4);
            for (int u = 0; u < used; u++) {
                int d = random.nextInt(documents);
                int length = s.documents().get(d).length();
                if (length == 0) {
                    continue;
                }
                for (int c = 0; c < coders; c++) {
                    int n = random.nextInt(3);
                    for (int i = 0; i < n; i++) {
                        int start = random.nextInt(length);
                        int end = Math.min(length, start + 1 + random.nextInt(Math.max(1, length / 2)));
                        s.coding(c, k, d, start, end);
                    }
                }
            }
        }
        return s.build();
    }

    /** Per character of the document, which coders covered it with the code; with codedOnly, only characters anybody coded with any code. */
    private static long[] naiveMasks(Study study, Study.CodeRef code, Study.DocumentRef document, boolean codedOnly) {
        int coders = study.coders().size();
        long[] masks = new long[1 << coders];
        for (int pos = 0; pos < document.length(); pos++) {
            if (codedOnly && !codedByAnyone(study, document, pos)) {
                continue;
            }
            int mask = 0;
            for (int c = 0; c < coders; c++) {
                if (study.coverage().get(code.id(), document.id(), c).intersects(pos, pos + 1)) {
                    mask |= 1 << c;
                }
            }
            masks[mask]++;
        }
        return masks;
    }

    private static boolean codedByAnyone(Study study, Study.DocumentRef document, int pos) {
        for (Study.CodeRef code : study.codes()) {
            for (int c = 0; c < study.coders().size(); c++) {
                if (study.coverage().get(code.id(), document.id(), c).intersects(pos, pos + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean codedAnywhere(Study study, Study.CodeRef code) {
        for (Study.DocumentRef document : study.documents()) {
            for (int c = 0; c < study.coders().size(); c++) {
                if (!study.coverage().get(code.id(), document.id(), c).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every document end to end (uncoded ones add their length), each code a category, each coder's merged runs its segments. */
    private static UnitizingData naiveContinuum(Study study, List<Study.CodeRef> codes, List<Study.DocumentRef> documents) {
        long length = documents.stream().mapToLong(Study.DocumentRef::length).sum();
        if (length == 0) {
            return null;
        }
        List<UnitizingData.Segment> segments = new ArrayList<>();
        for (int category = 0; category < codes.size(); category++) {
            long offset = 0;
            for (Study.DocumentRef document : documents) {
                for (int c = 0; c < study.coders().size(); c++) {
                    IntervalSet set = study.coverage().get(codes.get(category).id(), document.id(), c);
                    for (int i = 0; i < set.size(); i++) {
                        segments.add(new UnitizingData.Segment(c, category, offset + set.start(i), offset + set.end(i)));
                    }
                }
                offset += document.length();
            }
        }
        return new UnitizingData(length, study.coders(), segments);
    }

    private static void assertFigures(Figures actual, Study study, long[] masks, UnitizingData continuum, String scope) {
        assertThat(actual).as(scope).isNotNull();
        ReliabilityData all = AgreementEngine.data(study.coders(), masks);
        assertThat(actual.units).as(scope + " units").isEqualTo(units(masks));
        assertThat((Object) actual.prevalence).as(scope + " prevalence").isEqualTo(AgreementEngine.prevalence(masks, study.coders().size()));
        for (AgreementMeasure measure : Measures.all()) {
            Object value = actual.values.get(measure.id());
            if (measure instanceof CodingAgreementMeasure coding && measure.scope() == AgreementMeasure.Scope.PAIRWISE) {
                for (int i = 0; i < study.coders().size(); i++) {
                    for (int j = i + 1; j < study.coders().size(); j++) {
                        String pair = AgreementReport.pairKey(study.coders().get(i), study.coders().get(j));
                        assertThat(((Map<?, ?>) value).get(pair)).as(scope + " " + measure.id() + " " + pair)
                                .isEqualTo(coding.compute(all.select(i, j)));
                    }
                }
            } else if (measure instanceof CodingAgreementMeasure coding) {
                assertThat(value).as(scope + " " + measure.id()).isEqualTo(coding.compute(all));
            } else if (measure instanceof UnitizingAgreementMeasure unitizing) {
                assertThat(value).as(scope + " " + measure.id()).isEqualTo(continuum == null ? Double.NaN : unitizing.compute(continuum));
            }
        }
    }

    private static long units(long[] masks) {
        long n = 0;
        for (long m : masks) {
            n += m;
        }
        return n;
    }

    private static void add(long[] into, long[] masks) {
        for (int m = 0; m < masks.length; m++) {
            into[m] += masks[m];
        }
    }
}
