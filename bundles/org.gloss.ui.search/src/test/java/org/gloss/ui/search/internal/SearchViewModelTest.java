package org.gloss.ui.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.gloss.api.error.GlossException;
import org.gloss.api.search.AutoCodePlan;
import org.gloss.api.search.AutoCodeScope;
import org.gloss.api.search.QueryMode;
import org.gloss.api.search.SearchHit;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.CodePointText;
import org.gloss.model.Coding;
import org.gloss.search.lucene.internal.LuceneSearchService;
import org.gloss.ui.workbench.model.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search view's logic without JavaFX: a real SQLite project and a real Lucene index on disk. */
class SearchViewModelTest {
    @TempDir
    Path dir;
    private Path project;
    private LuceneSearchService service;
    private ProjectSession session;

    @BeforeEach
    void setUp() {
        project = SearchFixture.create(dir);
        service = new LuceneSearchService();
        session = SearchFixture.open(project);
    }

    @AfterEach
    void tearDown() throws Exception {
        session.close();
    }

    private static SearchRequest words(String text) {
        return new SearchRequest(text, QueryMode.WORDS, true, ScopeChoice.ALL, null, 10);
    }

    @Test
    void kwicRowsAreTheStoredCodePointsWithCountsPerDocument() {
        KwicResult result = new SearchViewModel(service).search(session, words("debt"));

        assertThat(result.failed()).isFalse();
        assertThat(result.hits()).extracting(h -> h.document() + ":" + h.hit())
                .containsExactly("farmer:debt", "farmer:Debts", "farmer:debt", "official:debt");
        assertThat(result.hitsPerDocument()).containsExactly(java.util.Map.entry("farmer", 3), java.util.Map.entry("official", 1));
        assertThat(result.totalHits()).isEqualTo(4);
        assertThat(result.summary()).isEqualTo("4 hits in 2 documents of 2");
        for (SearchHit hit : result.hits()) {
            CodePointText text = new CodePointText(session.documents().text(hit.documentId()));
            assertThat(text.substring(hit.start(), hit.end())).isEqualTo(hit.hit());
            assertThat(hit.left()).isEqualTo(text.substring(Math.max(0, hit.start() - 10), hit.start()));
        }
        // the first hit comes after an emoji and a supplementary CJK character: 2 code points less than UTF-16
        SearchHit first = result.hits().get(0);
        assertThat(first.start()).isEqualTo(SearchFixture.cp(SearchFixture.FARMER, "debt will"));
    }

    @Test
    void theTableShowsTheFirstRowsButCountsEveryHit() {
        KwicResult result = new SearchViewModel(service, 2).search(session, words("debt"));

        assertThat(result.hits()).hasSize(2);
        assertThat(result.totalHits()).isEqualTo(4);
        assertThat(result.hitsPerDocument()).containsEntry("farmer", 3).containsEntry("official", 1);
        assertThat(result.summary()).isEqualTo("4 hits in 2 documents of 2 (first 2 shown)");
    }

    @Test
    void aMalformedQueryGivesItsMessageNotAnException() {
        SearchViewModel model = new SearchViewModel(service);

        KwicResult result = model.search(session, words("debt AND"));
        String problem = model.problem(words("\"debt China"));

        assertThat(result.failed()).isTrue();
        assertThat(result.hits()).isEmpty();
        assertThat(result.summary()).startsWith("gloss: error: malformed query 'debt AND'").doesNotContain("lucene", "Exception");
        assertThat(problem).contains("at column 1", "no closing").doesNotContain("lucene", "Exception");
        assertThat(model.problem(words("debt AND China"))).isNull();
        assertThat(model.problem(new SearchRequest("[unclosed", QueryMode.REGEX, false, ScopeChoice.ALL, null, 10)))
                .isNotNull();
    }

    @Test
    void scopesLimitTheHits() {
        SearchViewModel model = new SearchViewModel(service);

        KwicResult currentDocument = model.search(session,
                new SearchRequest("debt", QueryMode.WORDS, true, ScopeChoice.CURRENT_DOCUMENT, "official", 10));
        KwicResult insideCode = model.search(session,
                new SearchRequest("debt", QueryMode.WORDS, true, ScopeChoice.CODE, "debt concern", 10));
        KwicResult byCoder = model.search(session,
                new SearchRequest("china", QueryMode.WORDS, true, ScopeChoice.CODER, "aida", 10));
        KwicResult literal = model.search(session,
                new SearchRequest("Debts", QueryMode.LITERAL, false, ScopeChoice.ALL, null, 10));
        KwicResult unknownCode = model.search(session,
                new SearchRequest("debt", QueryMode.WORDS, true, ScopeChoice.CODE, "no such code", 10));

        assertThat(currentDocument.hits()).extracting(SearchHit::document).containsExactly("official");
        assertThat(insideCode.hits()).extracting(SearchHit::hit).containsExactly("Debts");
        assertThat(byCoder.hits()).extracting(SearchHit::hit).containsExactly("China");
        assertThat(literal.hits()).extracting(SearchHit::hit).containsExactly("Debts");
        assertThat(unknownCode.failed()).isTrue();
        assertThat(unknownCode.error()).contains("no such code");
        assertThatThrownBy(() -> SearchViewModel.query(
                new SearchRequest("debt", QueryMode.WORDS, true, ScopeChoice.CURRENT_DOCUMENT, null, 10)))
                .isInstanceOf(GlossException.class).hasMessage("no document is open");
    }

    @Test
    void autoCodingIsOneUndoStepThatRemovesExactlyItsCodings() {
        SearchViewModel model = new SearchViewModel(service, 1);
        List<Coding> before = session.codings().list(CodingFilter.ALL);
        try (Workspace workspace = new Workspace(SearchFixture.open(project), "ben")) {
            AutoCodePlan plan = model.plan(session, words("debt"), "debt concern", "aida", AutoCodeScope.SENTENCE);

            // every hit is planned, not only the one row the table shows; aida's coding of the
            // "Debts to China grow" sentence part is not the whole sentence, so it is not skipped;
            // the first sentence starts at the start of the text (the emoji are part of it)
            assertThat(plan.codings()).extracting(c -> c.text()).containsExactly(
                    "😀 𠀀 Farmer: the debt will burden our children.", "Farmer: Debts to China grow, the debt is public.",
                    "The debt is sustainable.");
            assertThat(SearchViewModel.describe(plan))
                    .isEqualTo("Code 3 extents in 2 documents with 'debt concern' as aida (sentence)");

            assertThat(SearchViewModel.apply(workspace, plan)).isEqualTo(3);
            List<Coding> after = session.codings().list(CodingFilter.ALL);
            assertThat(after).hasSize(before.size() + 3);
            assertThat(workspace.undoLabel()).contains("auto-code 3 search hits with 'debt concern'");

            AutoCodePlan again = model.plan(session, words("debt"), "debt concern", "aida", AutoCodeScope.SENTENCE);
            assertThat(again.codings()).isEmpty();
            assertThat(again.alreadyCoded()).isEqualTo(3);
            assertThat(SearchViewModel.describe(again)).endsWith("; 3 extents are already coded so and will be skipped");

            workspace.undo();
            assertThat(session.codings().list(CodingFilter.ALL)).containsExactlyInAnyOrderElementsOf(before);
            workspace.redo();
            assertThat(session.codings().list(CodingFilter.ALL)).hasSize(before.size() + 3);
        }
    }

    @Test
    void autoCodingAsANewCoderCreatesTheCoder() {
        SearchViewModel model = new SearchViewModel(service);
        try (Workspace workspace = new Workspace(SearchFixture.open(project), "ben")) {
            AutoCodePlan plan = model.plan(session, words("loans"), "transparency", "carla", AutoCodeScope.HIT);
            SearchViewModel.apply(workspace, plan);
        }
        assertThat(session.coders().find("carla")).isPresent();
        long carla = session.coders().find("carla").orElseThrow().id();
        assertThat(session.codings().list(CodingFilter.ALL)).filteredOn(c -> c.coderId() == carla)
                .extracting(Coding::start).containsExactlyInAnyOrder(
                        SearchFixture.cp(SearchFixture.FARMER, "loans"), SearchFixture.cp(SearchFixture.OFFICIAL, "loan"));
        assertThatThrownBy(() -> model.plan(session, words("loans"), null, "carla", AutoCodeScope.HIT))
                .isInstanceOf(GlossException.class).hasMessage("choose the code to apply");
    }
}
