package org.gloss.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.CodeQuery;
import org.gloss.api.store.ProjectSession;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Each operator on its own, for every ordered pair of codes of random projects, against the naive
 * evaluation; and a check that the generated cases do exercise each operator (non-empty results,
 * segments dropped by the relation), so that the comparison has teeth.
 */
class OperatorPropertyTest {
    private static final List<String> OPERATORS = List.of("AND", "OR", "NOT", "AND NOT", "OVERLAPS", "WITHIN", "NEAR/0",
            "NEAR/3", "NEAR/0s", "NEAR/1s", "NEAR/0p", "FOLLOWED BY", "FOLLOWED BY/2", "FOLLOWED BY/0s", "FOLLOWED BY/1p");
    /** Per operator: results kept, and cases where a relation dropped a left segment. */
    private static final long[] kept = new long[OPERATORS.size()];
    private static final long[] dropped = new long[OPERATORS.size()];

    @Property(tries = 100)
    void everyOperatorOnEveryPairOfCodes(@ForAll("seeds") long seed) throws Exception {
        Random random = new Random(seed);
        GeneratedProject p = GeneratedProject.random(random);
        Path dir = Files.createTempDirectory("gloss-operators");
        try (ProjectSession session = p.write(dir.resolve("p.gloss"))) {
            EngineAnalysis analysis = new EngineAnalysis(ProjectData.read(session));
            Naive naive = new Naive(p);
            AnalysisFilter filter = random.nextBoolean() ? AnalysisFilter.ALL : AnalysisFilter.ALL.withSameCoder(true);
            for (int a = 0; a < p.codes.size(); a++) {
                for (int b = 0; b < p.codes.size(); b++) {
                    for (int o = 0; o < OPERATORS.size(); o++) {
                        RandomQuery query = query(OPERATORS.get(o), new RandomQuery.Leaf(a, false), new RandomQuery.Leaf(b, true));
                        String text = query.render(p);
                        List<String> actual = new ArrayList<>();
                        for (AnalysisSegment s : analysis.query(new CodeQuery(text, filter, 0)).segments()) {
                            actual.add(s.document() + s.coder() + "[" + s.start() + "," + s.end() + ")");
                        }
                        List<String> expected = new ArrayList<>();
                        for (int d = 0; d < p.documents.size(); d++) {
                            for (boolean[] group : naive.groups(filter)) {
                                List<int[]> runs = Naive.runs(query.bits(naive, d, group));
                                for (int[] run : runs) {
                                    expected.add(p.documents.get(d).name() + Naive.groupName(group, filter) + "[" + run[0] + ","
                                            + run[1] + ")");
                                }
                                if (query instanceof RandomQuery.Relation) {
                                    int leftRuns = Naive.runs(new RandomQuery.Leaf(a, false).bits(naive, d, group)).size();
                                    dropped[o] += leftRuns > runs.size() && !runs.isEmpty() ? 1 : 0;
                                }
                            }
                        }
                        kept[o] += expected.size();
                        assertThat(actual).as(text + (filter.sameCoder() ? " (same coder)" : "")).isEqualTo(expected);
                    }
                }
            }
        } finally {
            QueryPropertyTest.deleteAll(dir);
        }
    }

    private static RandomQuery query(String operator, RandomQuery.Leaf a, RandomQuery.Leaf b) {
        switch (operator) {
            case "AND":
                return new RandomQuery.And(a, b);
            case "OR":
                return new RandomQuery.Or(a, b);
            case "NOT":
                return new RandomQuery.Minus(a, b, false);
            case "AND NOT":
                return new RandomQuery.Minus(a, b, true);
            case "OVERLAPS":
            case "WITHIN":
                return new RandomQuery.Relation(operator, a, b, null, 'c');
            default: {
                String op = operator.startsWith("NEAR") ? "NEAR" : "FOLLOWED BY";
                int slash = operator.indexOf('/');
                if (slash < 0) {
                    return new RandomQuery.Relation(op, a, b, null, 'c');
                }
                String d = operator.substring(slash + 1);
                char unit = Character.isLetter(d.charAt(d.length() - 1)) ? d.charAt(d.length() - 1) : 'c';
                int distance = Integer.parseInt(unit == 'c' ? d : d.substring(0, d.length() - 1));
                return new RandomQuery.Relation(op, a, b, distance, unit);
            }
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /**
     * After every try: the generated cases exercised each operator. The bounds are about a fifth of
     * the least seen in runs of 100 random tries (the rarest, FOLLOWED BY/2, kept 120 to 197 results
     * and dropped 85 to 150), so that an unlucky draw of seeds does not fail the build while an
     * operator that is never exercised still does.
     */
    @AfterContainer
    static void everyOperatorWasExercised() {
        for (int o = 0; o < OPERATORS.size(); o++) {
            assertThat(kept[o]).as(OPERATORS.get(o) + " results").isGreaterThan(25);
            if (o >= OPERATORS.indexOf("OVERLAPS")) {
                assertThat(dropped[o]).as(OPERATORS.get(o) + " cases where it kept some left segments and dropped others")
                        .isGreaterThan(20);
            }
        }
    }
}
