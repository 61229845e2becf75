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
        return new SearchRequest(text, QueryMode.WORDS, true, SearchFilter.ALL, 10);
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
        assertThat(model.problem(new SearchRequest("[unclosed", QueryMode.REGEX, false, SearchFilter.ALL, 10)))
                .isNotNull();
    }

    @Test
    void regexesThatCrashedJavasEngineAreAnsweredInTheView() {
        // issue 14: (\w|\s)+ ended in a StackOverflowError in the search view too
        try (ProjectSession writer = SearchFixture.open(project)) {
            StringBuilder words = new StringBuilder();
            for (int i = 0; i < 20_000; i++) {
                words.append(i % 3 == 0 ? "долг " : "debt ");
            }
            writer.documents().add(new org.gloss.api.store.NewDocument("long", words.toString()));
        }
        SearchViewModel model = new SearchViewModel(service);
        for (String pattern : List.of("(\\w|\\s)+", "(.|\\n)*", "(a|aa)*c")) {
            KwicResult result = model.search(session, new SearchRequest(pattern, QueryMode.REGEX, false, SearchFilter.ALL, 10));
            assertThat(result.failed()).as(pattern).isFalse();
        }
        assertThat(model.problem(new SearchRequest("((a{1000}){1000}){1000}", QueryMode.REGEX, false, SearchFilter.ALL, 10)))
                .contains("is too complex");
    }

    @Test
    void scopesLimitTheHits() {
        SearchViewModel model = new SearchViewModel(service);

        KwicResult currentDocument = model.search(session, new SearchRequest("debt", QueryMode.WORDS, true,
                SearchFilter.ALL.withDocuments(DocumentChoice.CURRENT, List.of("official")), 10));
        KwicResult insideCode = model.search(session,
                new SearchRequest("debt", QueryMode.WORDS, true, SearchFilter.ALL.withCode("debt concern"), 10));
        KwicResult byCoder = model.search(session,
                new SearchRequest("china", QueryMode.WORDS, true, SearchFilter.ALL.withCoder("aida"), 10));
        KwicResult literal = model.search(session,
                new SearchRequest("Debts", QueryMode.LITERAL, false, SearchFilter.ALL, 10));
        KwicResult unknownCode = model.search(session,
                new SearchRequest("debt", QueryMode.WORDS, true, SearchFilter.ALL.withCode("no such code"), 10));

        assertThat(currentDocument.hits()).extracting(SearchHit::document).containsExactly("official");
        assertThat(insideCode.hits()).extracting(SearchHit::hit).containsExactly("Debts");
        assertThat(byCoder.hits()).extracting(SearchHit::hit).containsExactly("China");
        assertThat(literal.hits()).extracting(SearchHit::hit).containsExactly("Debts");
        assertThat(unknownCode.failed()).isTrue();
        assertThat(unknownCode.error()).contains("no such code");
        assertThatThrownBy(() -> SearchViewModel.query(new SearchRequest("debt", QueryMode.WORDS, true,
                SearchFilter.ALL.withDocuments(DocumentChoice.CURRENT, List.of()), 10)))
                .isInstanceOf(GlossException.class).hasMessage("no document is open");
        assertThatThrownBy(() -> SearchViewModel.query(new SearchRequest("debt", QueryMode.WORDS, true,
                SearchFilter.ALL.withDocuments(DocumentChoice.CHOSEN, List.of()), 10)))
                .isInstanceOf(GlossException.class).hasMessage("choose the documents to search");
    }

    /** A transcript with two speakers and a region attribute, beside the fixture's two documents. */
    private long addTranscript() {
        String text = "Aigerim: the debt grows every year.\nBolat: our debt is small.\nAigerim: debt again.\n";
        int second = text.indexOf("Bolat");
        int third = text.indexOf("Aigerim: debt");
        java.util.List<org.gloss.model.Turn> turns = List.of(
                new org.gloss.model.Turn("Aigerim", null, null, new org.gloss.model.TextSpan(0, second)),
                new org.gloss.model.Turn("Bolat", null, null, new org.gloss.model.TextSpan(second, third)),
                new org.gloss.model.Turn("Aigerim", null, null, new org.gloss.model.TextSpan(third, text.length())));
        long id = session.documents().add(new org.gloss.api.store.NewDocument("interview", text, null,
                java.util.Map.of("region", org.gloss.model.AttributeValue.text("Almaty")), turns)).id();
        session.documents().setAttribute(session.documents().get("official").id(), "region",
                org.gloss.model.AttributeValue.text("Astana"));
        return id;
    }

    @Test
    void scopesCombineDocumentsCodeCoderSpeakerAndAttribute() {
        long interview = addTranscript();
        long aida = session.coders().find("aida").orElseThrow().id();
        long debtConcern = session.codebook().get("debt concern").id();
        String text = session.documents().text(interview);
        int bolat = text.indexOf("Bolat");
        session.codings().add(new org.gloss.api.store.NewCoding(interview, debtConcern, aida, 0, text.length(), null));
        SearchViewModel model = new SearchViewModel(service);
        SearchFilter chosen = SearchFilter.ALL.withDocuments(DocumentChoice.CHOSEN, List.of("interview", "official"));

        KwicResult bySpeaker = model.search(session, new SearchRequest("debt", QueryMode.WORDS, true,
                SearchFilter.ALL.withSpeaker("Aigerim"), 10));
        KwicResult speakerAndChosen = model.search(session, new SearchRequest("debt", QueryMode.WORDS, true,
                chosen.withSpeaker("Bolat"), 10));
        KwicResult byAttribute = model.search(session, new SearchRequest("debt", QueryMode.WORDS, true,
                SearchFilter.ALL.withAttribute("region", "Astana"), 10));
        KwicResult codeCoderSpeaker = model.search(session, new SearchRequest("debt", QueryMode.WORDS, true,
                SearchFilter.ALL.withCode("debt concern").withCoder("aida").withSpeaker("Aigerim"), 10));
        KwicResult everything = model.search(session, new SearchRequest("debt", QueryMode.WORDS, true,
                chosen.withCode("debt concern").withCoder("aida").withSpeaker("Bolat").withAttribute("region", "Almaty"), 10));
        KwicResult wrongAttribute = model.search(session, new SearchRequest("debt", QueryMode.WORDS, true,
                chosen.withCoder("aida").withAttribute("region", "Astana"), 10));

        assertThat(bySpeaker.hits()).extracting(h -> h.document() + ":" + h.start())
                .containsExactly("interview:" + text.indexOf("debt grows"), "interview:" + text.indexOf("debt again"));
        assertThat(speakerAndChosen.hits()).extracting(SearchHit::start).containsExactly(text.indexOf("debt is small"));
        assertThat(byAttribute.hits()).extracting(SearchHit::document).containsExactly("official");
        // the fixture's farmer coding of "Debts to China grow" is aida's too, but not in a speaker's turn
        assertThat(codeCoderSpeaker.hits()).extracting(SearchHit::document).containsExactly("interview", "interview");
        assertThat(everything.hits()).extracting(SearchHit::start).containsExactly(text.indexOf("debt is small"));
        assertThat(everything.hits().get(0).start()).isGreaterThan(bolat);
        assertThat(wrongAttribute.hits()).isEmpty();
        assertThat(wrongAttribute.failed()).isFalse();
        assertThatThrownBy(() -> SearchViewModel.query(new SearchRequest("debt", QueryMode.WORDS, true,
                SearchFilter.ALL.withAttribute("region", null), 10)))
                .isInstanceOf(GlossException.class).hasMessage("choose the value of the attribute 'region'");
    }

    @Test
    void moreRowsOnRequestAndEveryHitOfAnOpenDocumentForItsMarks() {
        SearchViewModel model = new SearchViewModel(service, 1);
        SearchRequest debt = words("debt");
        long farmer = session.documents().get("farmer").id();
        long official = session.documents().get("official").id();

        assertThat(model.search(session, debt).hits()).hasSize(1);
        assertThat(model.search(session, debt, 1 + model.rowLimit()).hits()).hasSize(2);
        KwicResult all = model.search(session, debt, Integer.MAX_VALUE);
        assertThat(all.hits()).hasSize(4);
        assertThat(all.summary()).isEqualTo("4 hits in 2 documents of 2");

        // the marks of a document are all its hits, whatever the table shows, as code points
        List<org.gloss.model.TextSpan> marks = model.marks(debt).hitsIn(session, farmer);
        assertThat(marks).containsExactlyElementsOf(all.hits().stream().filter(h -> h.documentId() == farmer)
                .map(h -> new org.gloss.model.TextSpan(h.start(), h.end())).toList());
        CodePointText farmerText = new CodePointText(SearchFixture.FARMER);
        assertThat(marks).extracting(m -> farmerText.substring(m.start(), m.end())).containsExactly("debt", "Debts", "debt");
        // a scope that leaves the document out marks nothing in it; so do a malformed query and no query
        SearchRequest onlyFarmer = new SearchRequest("debt", QueryMode.WORDS, true,
                SearchFilter.ALL.withDocuments(DocumentChoice.CHOSEN, List.of("farmer")), 10);
        assertThat(model.hitsIn(session, onlyFarmer, official)).isEmpty();
        assertThat(model.hitsIn(session, onlyFarmer, farmer)).hasSize(3);
        assertThat(model.hitsIn(session, words("debt AND"), farmer)).isEmpty();
        assertThat(model.hitsIn(session, words(" "), farmer)).isEmpty();
        // inside codings: only the coded hit is marked
        SearchRequest insideCode = new SearchRequest("debt", QueryMode.WORDS, true, SearchFilter.ALL.withCode("debt concern"), 10);
        assertThat(model.hitsIn(session, insideCode, farmer))
                .containsExactly(new org.gloss.model.TextSpan(SearchFixture.cp(SearchFixture.FARMER, "Debts"),
                        SearchFixture.cp(SearchFixture.FARMER, "Debts") + 5));
    }

    @Test
    void theViewSearchesAgainWhenDocumentsOrTheCodingsItSearchesInChange() {
        SearchRequest everywhere = words("debt");
        SearchRequest insideCode = new SearchRequest("debt", QueryMode.WORDS, true, SearchFilter.ALL.withCode("debt concern"), 10);
        SearchRequest byCoder = new SearchRequest("debt", QueryMode.WORDS, true, SearchFilter.ALL.withCoder("aida"), 10);
        org.gloss.ui.workbench.model.Change codings = org.gloss.ui.workbench.model.Change.codings(1);
        org.gloss.ui.workbench.model.Change documents = org.gloss.ui.workbench.model.Change.of(
                org.gloss.ui.workbench.model.Change.Kind.DOCUMENTS);
        org.gloss.ui.workbench.model.Change memo = org.gloss.ui.workbench.model.Change.of(
                org.gloss.ui.workbench.model.Change.Kind.MEMOS);

        assertThat(SearchViewModel.searchAgainAfter(documents, everywhere)).isTrue();
        assertThat(SearchViewModel.searchAgainAfter(codings, everywhere)).isFalse();
        assertThat(SearchViewModel.searchAgainAfter(codings, insideCode)).isTrue();
        assertThat(SearchViewModel.searchAgainAfter(codings, byCoder)).isTrue();
        assertThat(SearchViewModel.searchAgainAfter(memo, insideCode)).isFalse();
        assertThat(SearchViewModel.searchAgainAfter(documents, null)).isFalse();

        // and what it finds again is what the store has now: a new coding brings a hit inside the code
        SearchViewModel model = new SearchViewModel(service);
        assertThat(model.search(session, insideCode).hits()).hasSize(1);
        long official = session.documents().get("official").id();
        int at = SearchFixture.cp(SearchFixture.OFFICIAL, "The debt");
        session.codings().add(new org.gloss.api.store.NewCoding(official, session.codebook().get("debt concern").id(),
                session.coders().find("aida").orElseThrow().id(), at, at + 24, null));
        assertThat(model.search(session, insideCode).hits()).extracting(SearchHit::document).containsExactly("farmer", "official");
        session.documents().add(new org.gloss.api.store.NewDocument("late", "A debt imported later."));
        assertThat(model.search(session, everywhere).totalHits()).isEqualTo(5);
    }

    @Test
    void kwicColumnsSortByDocumentPositionAndTheWordsNextToTheHit() {
        KwicResult result = new SearchViewModel(service).search(session, words("debt"));
        List<SearchHit> rows = new java.util.ArrayList<>(result.hits());

        rows.sort(KwicOrder.BY_POSITION);
        assertThat(rows).extracting(SearchHit::start).isSorted();
        rows.sort(KwicOrder.BY_DOCUMENT.reversed());
        assertThat(rows).extracting(SearchHit::document).containsExactly("official", "farmer", "farmer", "farmer");
        rows.sort(KwicOrder.BY_DOCUMENT);
        assertThat(rows).containsExactlyElementsOf(result.hits());
        rows.sort(KwicOrder.BY_LEFT);
        // by the word just before the hit: "...China grow, the" < "Farmer: the" (the same word) < "Farmer: " ...
        assertThat(rows).extracting(h -> KwicOrder.reversedWords(h.left()).split(" ")[0].toLowerCase())
                .isSortedAccordingTo(String::compareTo);
        assertThat(KwicOrder.reversedWords("we owe the ")).isEqualTo("the owe we");
        rows.sort(KwicOrder.BY_HIT);
        assertThat(rows).extracting(SearchHit::hit).containsExactly("debt", "debt", "debt", "Debts");
        assertThat(KwicOrder.indexOf(rows, result.hits().get(1))).isEqualTo(3);
        assertThat(KwicOrder.indexOf(rows, null)).isEqualTo(-1);
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
