package org.gloss.search.lucene.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.gloss.api.error.GlossException;
import org.gloss.api.search.SearchHit;
import org.gloss.api.search.SearchQuery;
import org.gloss.api.search.SearchResults;
import org.gloss.api.search.SearchScope;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeValue;
import org.gloss.model.CodePointText;
import org.gloss.model.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression tests for bugs found by attacking the search with cases the first sessions had not
 * tried; each test is named after the bug it pins. Real SQLite project, real index on disk.
 */
class SearchEdgeCaseTest {
    private static final String ARTICLE = "The debt to China grew; China holds the debt. Café in Straße.";
    private static final String NOTE = "A note about credit only.";
    private static final String NASTY = "😀debt\u0000debt\u0007ok q\u0303 debt\n\u202eתודה debt\u202c 🇰🇿debt👩‍👩‍👧debt";

    @TempDir
    Path dir;
    private ProjectSession project;
    private LuceneSearchService service;
    private Document article;

    @BeforeEach
    void setUp() {
        project = TestProject.create(dir);
        article = TestProject.add(project, "article", ARTICLE, Map.of("Type", AttributeValue.text("article")));
        TestProject.add(project, "note", NOTE);
        TestProject.add(project, "nasty", NASTY);
        service = new LuceneSearchService();
    }

    @AfterEach
    void tearDown() throws Exception {
        service.close();
        project.close();
    }

    private SearchResults search(String query) {
        return service.search(project, SearchQuery.words(query));
    }

    private static String error(Runnable search) {
        try {
            search.run();
        } catch (GlossException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error");
    }

    @Test
    void andBindsTighterThanOr() {
        // Lucene's classic parser made this "+debt China credit": the note (credit only) was not found
        assertThat(search("debt AND China OR credit").hitsPerDocument()).containsOnlyKeys("article", "note");
        assertThat(search("credit OR debt AND China").hitsPerDocument()).containsOnlyKeys("article", "note");
        assertThat(search("credit OR debt AND nothing").hitsPerDocument()).containsOnlyKeys("note");
        assertThat(search("(credit OR debt) AND note").hitsPerDocument()).containsOnlyKeys("note");
        assertThat(search("debt AND NOT China OR credit").hitsPerDocument()).containsOnlyKeys("note", "nasty");
        // lower-case and/or/not are words, as in Lucene: "and" is not in these texts
        assertThat(search("credit and note").hits()).extracting(SearchHit::hit).containsExactly("note", "credit");
    }

    @Test
    void anOrOfAndGroupsReportsOnlyTheWordsOfTheBranchThatMatched() {
        TestProject.add(project, "mixed", "Credit and debt, but no country here.");
        // in "mixed" the AND branch does not match: its "debt" is not a hit, only "Credit" is
        assertThat(search("debt AND China OR credit").hits()).filteredOn(h -> h.document().equals("mixed"))
                .extracting(SearchHit::hit).containsExactly("Credit");
        assertThat(search("credit OR (debt -country)").hits()).filteredOn(h -> h.document().equals("mixed"))
                .extracting(SearchHit::hit).containsExactly("Credit");
        // in the article both words of the AND branch are hits
        assertThat(search("debt AND China OR credit").hitsPerDocument()).containsEntry("article", 4);
    }

    @Test
    void aWildcardInsideAPhraseIsAPatternNotDropped() {
        // the classic parser dropped the '*' and searched the phrase "deb china": nothing
        assertThat(search("\"deb* to China\"").hits()).extracting(SearchHit::hit).containsExactly("debt to China");
        assertThat(search("\"de?t to China\"").hits()).extracting(SearchHit::hit).containsExactly("debt to China");
        assertThat(search("\"Chin* deb*\"~3").hits()).extracting(SearchHit::hit)
                .containsExactly("debt to China", "China holds the debt");
        assertThat(search("\"Chin* deb*\"").hits()).isEmpty();
        // a question mark ending a quoted word is punctuation, not a pattern
        assertThat(search("\"the debt?\"").hits()).extracting(SearchHit::hit).containsExactly("The debt", "the debt");
    }

    @Test
    void aDecomposedQueryFindsTheComposedStoredText() {
        // the store keeps NFC; macOS and some editors hand over "e" + U+0301
        assertThat(search("cafe\u0301").hits()).extracting(SearchHit::hit).containsExactly("Café");
        assertThat(service.search(project, SearchQuery.literal("Cafe\u0301")).hits()).extracting(SearchHit::hit)
                .containsExactly("Café");
        assertThat(search("strasse").hits()).extracting(SearchHit::hit).containsExactly("Straße");
    }

    @Test
    void aLongWildcardOrRegexpIsAClearErrorNotAnInternalError() {
        String longWildcard = "a".repeat(3000) + "*";
        assertThat(error(() -> search(longWildcard))).startsWith("query 'aaaa").contains("is too complex")
                .contains("longer than any word").hasSizeLessThan(400);
        assertThat(error(() -> search("/[a-z]{1,10000}/"))).isEqualTo(
                "query '/[a-z]{1,10000}/' is too complex: a wildcard, fuzzy or /regular expression/ term is too long or too complex");
    }

    @Test
    void aVeryLongQueryIsNotRepeatedWholeInItsError() {
        StringBuilder query = new StringBuilder("w0");
        for (int i = 1; i < 3000; i++) {
            query.append(" OR w").append(i);
        }
        assertThat(error(() -> search(query.toString()))).contains("matches too many words").hasSizeLessThan(300);
    }

    @Test
    void aQueryWithoutWordsIsAnErrorNotSilentlyNothing() {
        for (String query : List.of("\"\"", "...", "\".\"", "—")) {
            assertThat(error(() -> search(query))).as(query).contains("has no words to search for");
        }
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPatternThatBacktrackedForeverIsNowAnsweredAtOnce() {
        // java.util.regex needed longer than the universe's age here; RE2 has no backtracking
        TestProject.add(project, "aaa", "a".repeat(40) + "!");
        SearchQuery inAaa = SearchQuery.regex("(a{1,30}){1,30}b").withScope(SearchScope.ALL.withDocuments(List.of("aaa")));
        assertThat(service.search(project, inAaa).hits()).isEmpty();
        SearchQuery bang = SearchQuery.regex("^(a{1,30}){1,30}!").withScope(SearchScope.ALL.withDocuments(List.of("aaa")));
        assertThat(service.search(project, bang).hits()).hasSize(1);
    }

    @Test
    void aLargePatternOnLongTextIsStillStoppedByTheTimeBudget() {
        // RE2's cost per character grows with the pattern: the budget still bounds the scan
        // 220,000 letters in one run: every one of the pattern's 2,000 states stays alive, about 70 µs a
        // character (15 s in all), far past the budget of 1 µs a character
        Document longText = TestProject.add(project, "long", "abcdefghij".repeat(22_000));
        DocumentRef ref = new DocumentRef(longText.id(), longText.name());
        com.google.re2j.Pattern pattern = TextScanner.compile("[a-z]{1,1000}[a-z]{1,1000}q", org.gloss.api.search.QueryMode.REGEX);
        assertThatThrownBy(() -> TextScanner.scan(project, List.of(ref), "[a-z]{1,1000}[a-z]{1,1000}q", pattern,
                new java.util.HashMap<>(), 0))
                .isInstanceOf(GlossException.class)
                .hasMessageStartingWith("regular expression '[a-z]{1,1000}[a-z]{1,1000}q' was stopped after")
                .hasMessageContaining("document long");
    }

    @Test
    void aHugeContextDoesNotOverflow() {
        SearchHit hit = service.search(project, SearchQuery.words("credit").withContext(Integer.MAX_VALUE)).hits().get(0);
        assertThat(hit.left()).isEqualTo("A note about ");
        assertThat(hit.right()).isEqualTo(" only.");
    }

    @Test
    void hitsInNastyTextAreExactlyTheStoredCodePoints() {
        for (String query : List.of("debt", "ok", "תודה", "\"debt debt\"", "deb?", "q*")) {
            for (int width : List.of(0, 1, 5, 1000)) {
                SearchResults results = service.search(project, SearchQuery.words(query).withContext(width)
                        .withScope(SearchScope.ALL.withDocuments(List.of("nasty"))));
                assertThat(results.hits()).as(query).isNotEmpty();
                CodePointText text = new CodePointText(NASTY);
                for (SearchHit hit : results.hits()) {
                    assertThat(hit.hit()).isEqualTo(text.substring(hit.start(), hit.end()));
                    assertThat(hit.left()).isEqualTo(text.substring(Math.max(0, hit.start() - width), hit.start()));
                    assertThat(hit.right()).isEqualTo(text.substring(hit.end(), Math.min(text.length(), hit.end() + width)));
                }
            }
        }
        // a hit at offset 0 of a document and one that ends at its very end
        assertThat(search("A").hits()).extracting(SearchHit::start).contains(0);
        SearchHit last = service.search(project, SearchQuery.literal("Straße.")).hits().get(0);
        assertThat(last.end()).isEqualTo(ARTICLE.codePointCount(0, ARTICLE.length()));
        assertThat(last.right()).isEmpty();
    }

    @Test
    void aPhraseAcrossTwoOverlappingCodingsOfTheCodeIsInsideTheCode() {
        long code = project.codebook().add("concern", null, null, null).id();
        long ann = project.coders().getOrCreate("ann").id();
        long ben = project.coders().getOrCreate("ben").id();
        // ann coded "The debt t", ben "to China grew;": together they cover "debt to China"
        project.codings().add(new NewCoding(article.id(), code, ann, 0, 10, null));
        project.codings().add(new NewCoding(article.id(), code, ben, 8, 23, null));
        assertThat(service.search(project, SearchQuery.words("\"debt China\"~2").withScope(SearchScope.ALL.withCode("concern")))
                .hits()).extracting(SearchHit::hit).containsExactly("debt to China");
        // one coder's segments alone do not cover it
        assertThat(service.search(project, SearchQuery.words("\"debt China\"~2")
                .withScope(SearchScope.ALL.withCode("concern").withCoder("ann"))).hits()).isEmpty();
    }

    @Test
    void anUnknownAttributeIsAnErrorAndKeysIgnoreCase() {
        assertThat(error(() -> service.search(project, SearchQuery.words("debt")
                .withScope(SearchScope.ALL.withAttributes(Map.of("tpye", "article"))))))
                .isEqualTo("no document has the attribute 'tpye' (attributes: Type)");
        assertThat(service.search(project, SearchQuery.words("debt").withScope(SearchScope.ALL.withAttributes(Map.of("type", "ARTICLE"))))
                .hitsPerDocument()).containsOnlyKeys("article");
    }

    @Test
    void searchesRacingToBuildAFreshIndexAllSucceed() throws Exception {
        // as two gloss processes would: separate services, each with its own view of the index
        for (int round = 0; round < 5; round++) {
            List<LuceneSearchService> services = List.of(new LuceneSearchService(), new LuceneSearchService(),
                    new LuceneSearchService());
            ExecutorService pool = Executors.newFixedThreadPool(services.size());
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (LuceneSearchService s : services) {
                    results.add(pool.submit(() -> {
                        try (ProjectSession own = TestProject.open(dir)) {
                            return s.search(own, SearchQuery.words("debt OR credit")).size();
                        }
                    }));
                }
                for (Future<Integer> r : results) {
                    assertThat(r.get()).isEqualTo(search("debt OR credit").size());
                }
            } finally {
                pool.shutdownNow();
                for (LuceneSearchService s : services) {
                    s.close();
                }
            }
            // the next round starts from a missing index
            service.close();
            service = new LuceneSearchService();
            try (var files = java.nio.file.Files.walk(dir.resolve("p.gloss.index"))) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    java.nio.file.Files.delete(p);
                }
            }
        }
    }
}
