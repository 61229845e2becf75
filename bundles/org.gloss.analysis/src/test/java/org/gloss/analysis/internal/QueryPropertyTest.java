package org.gloss.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.CodeQuery;
import org.gloss.api.analysis.QueryResult;
import org.gloss.api.store.ProjectSession;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every operator of the code query language, on random projects (several coders and documents,
 * sub-codes, touching and nested codings, emoji and CJK text, empty documents) and random filters,
 * against the naive per-code-point evaluation.
 */
class QueryPropertyTest {
    @Property(tries = 100)
    void queriesAgreeWithThePerCodePointEvaluation(@ForAll("seeds") long seed) throws Exception {
        Random random = new Random(seed);
        GeneratedProject p = GeneratedProject.random(random);
        Path dir = Files.createTempDirectory("gloss-query");
        try (ProjectSession session = p.write(dir.resolve("p.gloss"))) {
            EngineAnalysis analysis = new EngineAnalysis(ProjectData.read(session));
            Naive naive = new Naive(p);
            for (int q = 0; q < 5; q++) {
                RandomQuery query = RandomQuery.random(random, p, 3);
                AnalysisFilter filter = Naive.randomFilter(random, p);
                String text = query.render(p);
                QueryResult result = analysis.query(new CodeQuery(text, filter, 3));
                assertThat(describe(result.segments())).as(text + " with " + filter).isEqualTo(expected(naive, query, filter, text));
                assertThat(result.documentsSearched()).isEqualTo((int) count(naive.documents(filter)));
            }
        } finally {
            deleteAll(dir);
        }
    }

    /** The naive results, one line per segment: document, start, end, text, codes, coder, context. */
    private static List<String> expected(Naive naive, RandomQuery query, AnalysisFilter filter, String text) {
        GeneratedProject p = naive.p;
        boolean[] documents = naive.documents(filter);
        List<String> names = new ArrayList<>(new LinkedHashSet<>(leafNames(query, p)));
        List<String> lines = new ArrayList<>();
        for (int d = 0; d < p.documents.size(); d++) {
            if (!documents[d]) {
                continue;
            }
            for (boolean[] group : naive.groups(filter)) {
                for (int[] run : Naive.runs(query.bits(naive, d, group))) {
                    List<String> holding = new ArrayList<>();
                    for (String name : names) {
                        for (RandomQuery.Leaf leaf : leaves(query)) {
                            if (p.codes.get(leaf.code()).name().equals(name) && !holding.contains(name)) {
                                boolean[] bits = leaf.bits(naive, d, group);
                                for (int i = run[0]; i < run[1]; i++) {
                                    if (bits[i]) {
                                        holding.add(name);
                                        break;
                                    }
                                }
                            }
                        }
                    }
                    int length = naive.length(d);
                    lines.add(line(p.documents.get(d).name(), run[0], run[1], naive.substring(d, run[0], run[1]), holding,
                            Naive.groupName(group, filter), naive.substring(d, Math.max(0, run[0] - 3), run[0]),
                            naive.substring(d, run[1], Math.min(length, run[1] + 3))));
                }
            }
        }
        return lines;
    }

    private static List<String> describe(List<AnalysisSegment> segments) {
        return segments.stream().map(s -> line(s.document(), s.start(), s.end(), s.text(), s.codes(), s.coder(), s.left(),
                s.right())).toList();
    }

    private static String line(String document, int start, int end, String text, List<String> codes, String coder,
                               String left, String right) {
        return document + " [" + start + "," + end + ") '" + text + "' " + codes + " " + coder + " <" + left + "|" + right + ">";
    }

    private static List<RandomQuery.Leaf> leaves(RandomQuery q) {
        List<RandomQuery.Leaf> leaves = new ArrayList<>();
        collect(q, leaves);
        return leaves;
    }

    private static void collect(RandomQuery q, List<RandomQuery.Leaf> leaves) {
        if (q instanceof RandomQuery.Leaf leaf) {
            leaves.add(leaf);
        } else if (q instanceof RandomQuery.And and) {
            collect(and.left(), leaves);
            collect(and.right(), leaves);
        } else if (q instanceof RandomQuery.Or or) {
            collect(or.left(), leaves);
            collect(or.right(), leaves);
        } else if (q instanceof RandomQuery.Minus minus) {
            collect(minus.left(), leaves);
            collect(minus.right(), leaves);
        } else if (q instanceof RandomQuery.Complement not) {
            collect(not.operand(), leaves);
        } else if (q instanceof RandomQuery.Relation relation) {
            collect(relation.left(), leaves);
            collect(relation.right(), leaves);
        }
    }

    private static List<String> leafNames(RandomQuery q, GeneratedProject p) {
        return leaves(q).stream().map(l -> p.codes.get(l.code()).name()).toList();
    }

    private static long count(boolean[] bits) {
        return Naive.count(bits);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    static void deleteAll(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
