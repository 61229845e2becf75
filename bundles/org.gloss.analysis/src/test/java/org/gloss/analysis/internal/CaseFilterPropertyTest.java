package org.gloss.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.CodeMatrix;
import org.gloss.api.analysis.DocumentCondition;
import org.gloss.api.analysis.InCase;
import org.gloss.api.analysis.InSet;
import org.gloss.api.analysis.MatrixColumns;
import org.gloss.api.analysis.MatrixRequest;
import org.gloss.api.analysis.MatrixValue;
import org.gloss.api.analysis.Percentages;
import org.gloss.api.analysis.TextScope;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.Case;
import org.gloss.model.CaseMember;
import org.gloss.model.DocumentSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The --case and --set filters of the analyses against a naive computation on generated projects:
 * per code point, a coding is in a case when one of its code points is in a member of the case
 * (codings partly inside a case range count), a document is in a set when listed or when its
 * attributes meet the smart condition now (also after an attribute changes), and a matrix by case
 * counts, per case, the codings that overlap that case.
 */
class CaseFilterPropertyTest {
    /** A case as the test made it: per document, which code points it holds. */
    private record CaseDef(String name, boolean[][] text) {
    }

    @Property(tries = 60)
    void casesAndSetsFilterAsTheNaiveComputationSays(@ForAll("seeds") long seed) throws Exception {
        Random random = new Random(seed);
        GeneratedProject p = GeneratedProject.random(random);
        Path dir = Files.createTempDirectory("gloss-cases");
        try (ProjectSession session = p.write(dir.resolve("p.gloss"))) {
            List<CaseDef> cases = randomCases(random, p, session);
            List<Boolean> staticMembers = new ArrayList<>();
            DocumentSet listed = session.sets().add("listed", "", null);
            for (int d = 0; d < p.documents.size(); d++) {
                boolean in = random.nextBoolean();
                staticMembers.add(in);
                if (in) {
                    session.sets().addDocument(listed.id(), session.documents().get(p.documents.get(d).name()).id());
                }
            }
            boolean hasAge = p.documents.stream().anyMatch(d -> d.attributes().containsKey("age"));
            if (hasAge) {
                session.sets().add("older", "", "age>=40");
            }
            Naive naive = new Naive(p);
            for (int round = 0; round < 4; round++) {
                EngineAnalysis analysis = new EngineAnalysis(ProjectData.read(session));
                AnalysisFilter base = Naive.randomFilter(random, p).withSameCoder(false);
                List<DocumentCondition> conditions = new ArrayList<>(base.documents());
                List<Integer> chosenCases = new ArrayList<>();
                for (int c = 0; c < cases.size(); c++) {
                    if (random.nextInt(3) == 0) {
                        chosenCases.add(c);
                        conditions.add(new InCase(cases.get(c).name()));
                    }
                }
                boolean useListed = random.nextBoolean();
                boolean useOlder = hasAge && random.nextBoolean();
                if (useListed) {
                    conditions.add(new InSet("listed"));
                }
                if (useOlder) {
                    conditions.add(new InSet("older"));
                }
                AnalysisFilter filter = base.withDocuments(conditions);
                boolean[] documents = naive.documents(base);
                boolean[] coders = naive.coders(base);
                // naive: the case text per document, the set membership per document
                boolean[][] caseText = new boolean[p.documents.size()][];
                for (int d = 0; d < p.documents.size(); d++) {
                    caseText[d] = new boolean[p.documents.get(d).length()];
                    for (int c : chosenCases) {
                        for (int i = 0; i < caseText[d].length; i++) {
                            caseText[d][i] |= cases.get(c).text()[d][i];
                        }
                    }
                    boolean inSets = !useListed && !useOlder || useListed && staticMembers.get(d) || useOlder && older(p, d);
                    boolean holdsCaseText = chosenCases.isEmpty() || Naive.count(caseText[d]) > 0;
                    documents[d] &= inSets && holdsCaseText;
                }
                MatrixRequest byDocument = new MatrixRequest(List.of(), false, MatrixColumns.DOCUMENTS, null, MatrixValue.SEGMENTS,
                        Percentages.NONE, filter);
                CodeMatrix matrix = analysis.matrix(byDocument);
                List<String> expectedColumns = new ArrayList<>();
                for (int d = 0; d < p.documents.size(); d++) {
                    if (documents[d]) {
                        expectedColumns.add(p.documents.get(d).name());
                    }
                }
                assertThat(matrix.columns()).as("documents in scope").isEqualTo(expectedColumns);
                List<Integer> order = p.codebookOrder();
                for (int r = 0; r < order.size(); r++) {
                    int code = order.get(r);
                    int column = 0;
                    for (int d = 0; d < p.documents.size(); d++) {
                        if (!documents[d]) {
                            continue;
                        }
                        long expected = 0;
                        for (GeneratedProject.CodingDef k : p.codings) {
                            if (k.document() == d && k.code() == code && coders[k.coder()]
                                    && (chosenCases.isEmpty() || overlaps(caseText[d], k.start(), k.end()))) {
                                expected++;
                            }
                        }
                        assertThat(matrix.cells().get(r).get(column)).as("code %s in %s", p.codes.get(code).name(),
                                p.documents.get(d).name()).isEqualTo((double) expected);
                        column++;
                    }
                }
                // coded code points are those inside the cases' text: a share of it never passes 100 %
                CodeMatrix chars = analysis.matrix(new MatrixRequest(List.of(), false, MatrixColumns.DOCUMENTS, null,
                        MatrixValue.CHARS, Percentages.NONE, filter));
                for (int r = 0; r < order.size(); r++) {
                    int code = order.get(r);
                    int column = 0;
                    for (int d = 0; d < p.documents.size(); d++) {
                        if (!documents[d]) {
                            continue;
                        }
                        boolean[] covered = new boolean[p.documents.get(d).length()];
                        for (GeneratedProject.CodingDef k : p.codings) {
                            if (k.document() == d && k.code() == code && coders[k.coder()]
                                    && (chosenCases.isEmpty() || overlaps(caseText[d], k.start(), k.end()))) {
                                for (int i = k.start(); i < k.end(); i++) {
                                    covered[i] = true;
                                }
                            }
                        }
                        long expected = 0;
                        for (int i = 0; i < covered.length; i++) {
                            expected += covered[i] && (chosenCases.isEmpty() || caseText[d][i]) ? 1 : 0;
                        }
                        assertThat(chars.cells().get(r).get(column)).as("code points of %s in %s", p.codes.get(code).name(),
                                p.documents.get(d).name()).isEqualTo((double) expected);
                        column++;
                    }
                }
                // words are counted in the cases' text only
                TextScope scope = analysis.textScope(filter, null, null);
                for (TextScope.ScopedDocument scoped : scope.documents()) {
                    int d = Integer.parseInt(scoped.name().substring(3));
                    if (chosenCases.isEmpty()) {
                        assertThat(scoped.regions()).isNull();
                    } else {
                        assertThat(scoped.regions().coveredLength()).isEqualTo(Naive.count(caseText[d]));
                    }
                }
                // one column per case: the codings that overlap it, in the documents of the filter without cases
                if (!cases.isEmpty()) {
                    List<DocumentCondition> withoutCases = new ArrayList<>(base.documents());
                    if (useListed) {
                        withoutCases.add(new InSet("listed"));
                    }
                    AnalysisFilter setsOnly = base.withDocuments(withoutCases);
                    CodeMatrix byCase = analysis.matrix(new MatrixRequest(List.of(), false, MatrixColumns.CASES, null,
                            MatrixValue.SEGMENTS, Percentages.NONE, setsOnly));
                    assertThat(byCase.columns()).isEqualTo(cases.stream().map(CaseDef::name).sorted().toList());
                    boolean[] inScope = naive.documents(base);
                    for (int d = 0; d < inScope.length; d++) {
                        inScope[d] &= !useListed || staticMembers.get(d);
                    }
                    for (int column = 0; column < byCase.columns().size(); column++) {
                        String name = byCase.columns().get(column);
                        CaseDef c = cases.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
                        for (int r = 0; r < order.size(); r++) {
                            int code = order.get(r);
                            long expected = 0;
                            for (GeneratedProject.CodingDef k : p.codings) {
                                if (inScope[k.document()] && k.code() == code && coders[k.coder()]
                                        && overlaps(c.text()[k.document()], k.start(), k.end())) {
                                    expected++;
                                }
                            }
                            assertThat(byCase.cells().get(r).get(column)).as("code %s in case %s", p.codes.get(code).name(), name)
                                    .isEqualTo((double) expected);
                        }
                    }
                }
                // a smart set follows the attributes: change one document's age and look again
                if (hasAge) {
                    int d = random.nextInt(p.documents.size());
                    String age = Integer.toString(20 + random.nextInt(5) * 10);
                    long id = session.documents().get(p.documents.get(d).name()).id();
                    session.documents().setAttribute(id, "age", new AttributeValue(AttributeType.NUMBER, age));
                    GeneratedProject.Doc doc = p.documents.get(d);
                    java.util.Map<String, AttributeValue> changed = new java.util.LinkedHashMap<>(doc.attributes());
                    changed.put("age", new AttributeValue(AttributeType.NUMBER, age));
                    p.documents.set(d, new GeneratedProject.Doc(doc.name(), doc.text(), changed));
                    CodeMatrix older = new EngineAnalysis(ProjectData.read(session)).matrix(new MatrixRequest(List.of(), false,
                            MatrixColumns.DOCUMENTS, null, MatrixValue.SEGMENTS, Percentages.NONE,
                            AnalysisFilter.ALL.and(new InSet("older"))));
                    List<String> expected = new ArrayList<>();
                    for (int x = 0; x < p.documents.size(); x++) {
                        if (older(p, x)) {
                            expected.add(p.documents.get(x).name());
                        }
                    }
                    assertThat(older.columns()).as("the smart set after age of doc%d became %s", d, age).isEqualTo(expected);
                }
            }
        } finally {
            QueryPropertyTest.deleteAll(dir);
        }
    }

    private static boolean older(GeneratedProject p, int d) {
        AttributeValue age = p.documents.get(d).attributes().get("age");
        return age != null && Integer.parseInt(age.value()) >= 40;
    }

    private static boolean overlaps(boolean[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text[i]) {
                return true;
            }
        }
        return false;
    }

    /** Up to three cases of random whole documents and ranges (touching, nested, overlapping). */
    private static List<CaseDef> randomCases(Random random, GeneratedProject p, ProjectSession session) {
        List<CaseDef> cases = new ArrayList<>();
        int count = random.nextInt(4);
        for (int c = 0; c < count; c++) {
            String name = "case " + (char) ('A' + c);
            Case made = session.cases().add(name, "");
            boolean[][] text = new boolean[p.documents.size()][];
            for (int d = 0; d < p.documents.size(); d++) {
                text[d] = new boolean[p.documents.get(d).length()];
            }
            int members = random.nextInt(4);
            for (int m = 0; m < members; m++) {
                int d = random.nextInt(p.documents.size());
                int length = p.documents.get(d).length();
                long id = session.documents().get(p.documents.get(d).name()).id();
                if (length == 0 || random.nextInt(5) == 0) {
                    session.cases().addMember(made.id(), CaseMember.wholeDocument(id));
                    java.util.Arrays.fill(text[d], true);
                } else {
                    int start = random.nextInt(length);
                    int end = start + 1 + random.nextInt(Math.min(length - start, 1 + length / 2));
                    session.cases().addMember(made.id(), CaseMember.range(id, start, end));
                    for (int i = start; i < end; i++) {
                        text[d][i] = true;
                    }
                }
            }
            cases.add(new CaseDef(name, text));
        }
        return cases;
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
