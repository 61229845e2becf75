package org.gloss.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gloss.api.agreement.AgreementFigures;
import org.gloss.api.agreement.StudyScope;
import org.gloss.api.error.GlossException;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Code;
import org.gloss.model.Coding;
import org.gloss.model.Document;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which documents and codes agreement covers by default: a document a compared coder has not
 * coded at all is left out (not yet coded is not coded as absent), and a code no compared coder
 * used is listed as not used and left out of the figures. Figures are checked against a naive
 * character-by-character count over the documents and codes that should be in scope.
 */
class DocumentScopeTest {
    @TempDir
    Path dir;

    private final SqliteStoreProvider store = new SqliteStoreProvider();
    private final AgreementStudiesService studies = new AgreementStudiesService(Measures.all());
    private String project;

    @BeforeEach
    void createProject() {
        project = dir.resolve("p.gloss").toString();
        try (ProjectSession s = store.create(project)) {
            long both = s.documents().add(new NewDocument("both", "a".repeat(60))).id();
            long annOnly = s.documents().add(new NewDocument("ann only", "b".repeat(50))).id();
            s.documents().add(new NewDocument("nobody", "c".repeat(40)));
            // bob coded this one, but only with a code outside the scope below: it is coded by both
            long otherCode = s.documents().add(new NewDocument("other code", "d".repeat(30))).id();
            long debt = s.codebook().add("debt", null, null, null).id();
            long trust = s.codebook().add("trust", null, null, null).id();
            s.codebook().add("never used", null, null, null);
            long ann = s.coders().getOrCreate("ann").id();
            long bob = s.coders().getOrCreate("bob").id();
            s.codings().addAll(List.of(
                    new NewCoding(both, debt, ann, 0, 20, null),
                    new NewCoding(both, debt, bob, 10, 30, null),
                    new NewCoding(both, trust, ann, 40, 50, null),
                    new NewCoding(both, trust, bob, 40, 55, null),
                    new NewCoding(annOnly, debt, ann, 5, 45, null),
                    new NewCoding(otherCode, debt, ann, 0, 10, null),
                    new NewCoding(otherCode, trust, bob, 20, 30, null)));
        }
    }

    @Test
    void documentsACoderHasNotCodedAreLeftOutAndNamedWithTheCoder() {
        try (ProjectSession s = store.open(project)) {
            AgreementFigures figures = studies.figures(s, StudyScope.of(List.of("ann", "bob")));
            assertThat(figures.documents()).containsExactly("both", "other code");
            assertThat(figures.documentsLeftOut()).containsExactly(Map.entry("ann only", List.of("bob")),
                    Map.entry("nobody", List.of("ann", "bob")));
            assertThat(figures.codesNotUsed()).containsExactly("never used");
            assertThat(figures.codes()).containsOnlyKeys("debt", "trust");
            assertNaive(s, figures, List.of("both", "other code"), List.of("debt", "trust"));

            AgreementFigures all = studies.figures(s, StudyScope.of(List.of("ann", "bob")).withAllDocuments(true));
            assertThat(all.documents()).containsExactly("ann only", "both", "nobody", "other code");
            assertThat(all.documentsLeftOut()).isEmpty();
            assertNaive(s, all, List.of("ann only", "both", "nobody", "other code"), List.of("debt", "trust"));
        }
    }

    @Test
    void importingDocumentsNobodyCodedChangesNothing() {
        AgreementFigures before;
        try (ProjectSession s = store.open(project)) {
            before = studies.figures(s, StudyScope.of(List.of("ann", "bob")));
            s.documents().add(new NewDocument("new one", "e".repeat(500)));
            s.documents().add(new NewDocument("new two", "f".repeat(700)));
            AgreementFigures after = studies.figures(s, StudyScope.of(List.of("ann", "bob")));
            assertThat(after.codes()).isEqualTo(before.codes());
            assertThat(after.overall()).isEqualTo(before.overall());
            assertThat(after.documentsLeftOut()).containsKeys("new one", "new two");
            // today's behaviour on request: they count as agreement on "nothing here"
            AgreementFigures all = studies.figures(s, StudyScope.of(List.of("ann", "bob")).withAllDocuments(true));
            assertThat(all.overall().units()).isEqualTo(2 * (60 + 50 + 40 + 30 + 500 + 700));
            assertThat(all.overall().value("percent_agreement")).isGreaterThan(before.overall().value("percent_agreement"));
        }
    }

    @Test
    void aNamedDocumentIsLeftOutTooAndNoneLeftIsAClearError() {
        try (ProjectSession s = store.open(project)) {
            StudyScope annOnly = new StudyScope(List.of("ann", "bob"), List.of(), List.of("ann only"));
            assertThatThrownBy(() -> studies.figures(s, annOnly)).isInstanceOf(GlossException.class)
                    .hasMessageContaining("none of the 1 document(s) in scope has been coded by every one of ann, bob")
                    .hasMessageContaining("--all-documents");
            assertThat(studies.figures(s, annOnly.withAllDocuments(true)).codes().get("debt").units()).isEqualTo(50);
            // the disagreements follow the same scope
            assertThat(studies.disagreements(s, StudyScope.of(List.of("ann", "bob")))).noneMatch(d -> d.document().equals("ann only"));
            assertThat(studies.disagreements(s, StudyScope.of(List.of("ann", "bob")).withAllDocuments(true)))
                    .anyMatch(d -> d.document().equals("ann only"));
        }
    }

    /**
     * Percent agreement and Cohen's kappa of ann and bob, per code and overall, counted character
     * by character over the given documents and codes from the stored codings.
     */
    private static void assertNaive(ProjectSession s, AgreementFigures figures, List<String> documents, List<String> codes) {
        long[] overall = new long[4];
        for (String codeName : codes) {
            long[] table = new long[4];
            Code code = s.codebook().get(codeName);
            for (String documentName : documents) {
                Document document = s.documents().get(documentName);
                boolean[] ann = covered(s, document, code, "ann");
                boolean[] bob = covered(s, document, code, "bob");
                for (int i = 0; i < document.length(); i++) {
                    table[(ann[i] ? 2 : 0) + (bob[i] ? 1 : 0)]++;
                }
            }
            for (int i = 0; i < 4; i++) {
                overall[i] += table[i];
            }
            assertTable(figures.codes().get(codeName), table);
        }
        assertTable(figures.overall(), overall);
    }

    private static boolean[] covered(ProjectSession s, Document document, Code code, String coder) {
        boolean[] covered = new boolean[document.length()];
        for (Coding c : s.codings().list(new CodingFilter(document.id(), code.id(), s.coders().get(coder).id()))) {
            for (int i = c.start(); i < c.end(); i++) {
                covered[i] = true;
            }
        }
        return covered;
    }

    /** table: [neither, bob only, ann only, both]. */
    private static void assertTable(org.gloss.api.agreement.ScopeFigures figures, long[] table) {
        double n = table[0] + table[1] + table[2] + table[3];
        double observed = (table[0] + table[3]) / n;
        double annYes = (table[2] + table[3]) / n;
        double bobYes = (table[1] + table[3]) / n;
        double chance = annYes * bobYes + (1 - annYes) * (1 - bobYes);
        assertThat(figures.units()).isEqualTo((long) n);
        assertThat(figures.value("percent_agreement")).isCloseTo(observed, within(1e-12));
        assertThat(figures.value("cohen_kappa")).isCloseTo((observed - chance) / (1 - chance), within(1e-12));
    }

    @Test
    void theTableSaysWhatWasCoveredAndWhatWasLeftOut() {
        List<String> lines = new ArrayList<>();
        try (ProjectSession s = store.open(project)) {
            Study study = StudyLoader.load(s, List.of("ann", "bob"), null, null, false);
            AgreementReport report = new AgreementEngine(Measures.all(), AgreementOptions.defaults(UnitLevel.CHAR).withResamples(0))
                    .run(study);
            java.io.StringWriter text = new java.io.StringWriter();
            ReportText.table(new java.io.PrintWriter(text), report);
            lines.addAll(text.toString().lines().toList());
        }
        assertThat(lines).contains("Documents compared (2): both, other code", "Left out, not yet coded by bob: ann only",
                "Left out, not yet coded by ann, bob: nobody", "Not used by any compared coder (left out): never used");
        assertThat(lines).noneMatch(l -> l.startsWith("code: never used"));
    }
}
