package org.gloss.search.lucene.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.gloss.api.error.GlossException;
import org.gloss.api.search.SearchHit;
import org.gloss.api.search.SearchQuery;
import org.gloss.api.search.SearchResults;
import org.gloss.api.search.SearchScope;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeValue;
import org.gloss.model.CodePointText;
import org.gloss.model.Document;
import org.gloss.model.TextSpan;
import org.gloss.model.Turn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query language, languages, offsets and scopes, against a real project and a real index on disk. */
class SearchTest {
    private static final String ARTICLE = """
            Roads and Loans

            Critics worry about debt: Tajikistan owes half of its external debt to a Chinese lender.
            Supporters call it a two-way road. The loans were repaid with mining concessions 😀.
            """;
    private static final String RUSSIAN = """
            Кредит был выдан в 2013 году. Кредиты выдавали китайские банки, и кредитов становилось больше.
            Люди говорили о кредитах с тревогой. Ёлка и долг. Мы будем платить этот долг всю жизнь.
            """;
    private static final String KAZAKH = """
            Біз қарыз туралы көп ойлаймыз. Қарызды қайтару қиын болады, бірақ жол керек.
            """;

    @TempDir
    Path dir;
    private ProjectSession project;
    private LuceneSearchService service;
    private Document article;
    private Document russian;
    private Document kazakh;

    @BeforeEach
    void setUp() {
        project = TestProject.create(dir);
        article = TestProject.add(project, "article", ARTICLE, Map.of("type", AttributeValue.text("article")));
        russian = TestProject.add(project, "russian", RUSSIAN, Map.of("type", AttributeValue.text("interview")));
        kazakh = TestProject.add(project, "kazakh", KAZAKH);
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

    private List<String> hits(String query) {
        return search(query).hits().stream().map(SearchHit::hit).toList();
    }

    @Test
    void aRussianWordFindsItsInflectedFormsWithStemmingOnly() {
        assertThat(hits("кредит")).containsExactly("Кредит", "Кредиты", "кредитов", "кредитах");
        assertThat(service.search(project, SearchQuery.words("кредит").withStemming(false)).hits())
                .extracting(SearchHit::hit).containsExactly("Кредит");
    }

    @Test
    void englishWordsAreStemmedCaseAndDiacriticInsensitive() {
        assertThat(hits("loan")).containsExactly("Loans", "loans");
        assertThat(hits("LOANS")).containsExactly("Loans", "loans");
        assertThat(hits("ёлка")).containsExactly("Ёлка");
        assertThat(hits("елка")).containsExactly("Ёлка");
    }

    @Test
    void kazakhIsStemmedAsKazakhAndFoundWithoutKazakhLetters() {
        assertThat(hits("қарыз")).containsExactly("қарыз", "Қарызды");
        assertThat(hits("карыз")).containsExactly("қарыз", "Қарызды");
        assertThat(service.search(project, SearchQuery.words("қарыз").withStemming(false)).hits())
                .extracting(SearchHit::hit).containsExactly("қарыз");
        assertThat(service.languages(project)).containsEntry("kazakh", new org.gloss.api.search.DocumentLanguage("kk", true))
                .containsEntry("russian", new org.gloss.api.search.DocumentLanguage("ru", true))
                .containsEntry("article", new org.gloss.api.search.DocumentLanguage("en", true));
    }

    @Test
    void phrasesWildcardsProximityFuzzyAndBooleans() {
        assertThat(hits("\"two-way road\"")).containsExactly("two-way road");
        assertThat(hits("two-way")).containsExactly("two-way");
        assertThat(hits("tajik*")).containsExactly("Tajikistan");
        assertThat(hits("ro?ds")).containsExactly("Roads");
        assertThat(hits("\"debt Chinese\"~5")).containsExactly("debt to a Chinese");
        assertThat(hits("\"debt Chinese\"~1")).isEmpty();
        assertThat(hits("lendr~")).containsExactly("lender");
        assertThat(hits("debt AND долг")).isEmpty();
        assertThat(search("debt OR долг").hitsPerDocument()).containsExactly(Map.entry("article", 2), Map.entry("russian", 2));
        assertThat(search("долг NOT кредит").hits()).isEmpty();
        assertThat(search("(долг OR debt) -tajikistan").hitsPerDocument()).containsOnlyKeys("russian");
    }

    @Test
    void everyHitIsExactlyTheStoredCodePointsAndContextSurroundsIt() {
        for (String query : List.of("debt", "concessions", "кредит*", "\"two-way road\"", "долг OR қарыз OR loans", "жол")) {
            SearchResults results = service.search(project, SearchQuery.words(query).withContext(7));
            assertThat(results.hits()).as(query).isNotEmpty();
            for (SearchHit hit : results.hits()) {
                CodePointText text = new CodePointText(project.documents().text(hit.documentId()));
                assertThat(hit.hit()).isEqualTo(text.substring(hit.start(), hit.end()));
                assertThat(hit.left()).isEqualTo(text.substring(Math.max(0, hit.start() - 7), hit.start()));
                assertThat(hit.right()).isEqualTo(text.substring(hit.end(), Math.min(text.length(), hit.end() + 7)));
            }
        }
        // after the emoji (one code point, two UTF-16 chars) offsets are still code points
        SearchHit afterEmoji = service.search(project, SearchQuery.words("concessions").withContext(3)).hits().get(0);
        assertThat(afterEmoji.right()).isEqualTo(" 😀.");
        assertThat(afterEmoji.end()).isEqualTo(ARTICLE.indexOf("concessions") + "concessions".length());
    }

    @Test
    void hitsAreSortedByDocumentAndPositionWithCountsPerDocument() {
        SearchResults results = search("debt OR кредит OR долг");
        assertThat(results.hits()).extracting(SearchHit::document)
                .containsExactly("article", "article", "russian", "russian", "russian", "russian", "russian", "russian");
        assertThat(results.hits().subList(2, 8)).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
        assertThat(results.hitsPerDocument()).containsExactly(Map.entry("article", 2), Map.entry("russian", 6));
        assertThat(results.documentsSearched()).isEqualTo(3);
    }

    @Test
    void scopeByDocumentNameAttributeCodeAndCoder() {
        assertThat(service.search(project, SearchQuery.words("debt OR долг").withScope(SearchScope.ALL.withDocuments(List.of("russian"))))
                .hitsPerDocument()).containsOnlyKeys("russian");
        assertThat(service.search(project, SearchQuery.words("debt OR долг").withScope(SearchScope.ALL.withAttributes(Map.of("type", "Article"))))
                .hitsPerDocument()).containsOnlyKeys("article");
        long code = project.codebook().add("debt concern", null, null, null).id();
        long ann = project.coders().getOrCreate("ann").id();
        long ben = project.coders().getOrCreate("ben").id();
        int start = ARTICLE.indexOf("Critics");
        project.codings().add(new NewCoding(article.id(), code, ann, start, start + 24, null)); // "Critics worry about debt"
        int tajik = ARTICLE.indexOf("Tajikistan");
        project.codings().add(new NewCoding(article.id(), code, ben, tajik, tajik + 41, null)); // "Tajikistan ... external debt"
        assertThat(service.search(project, SearchQuery.words("debt").withScope(SearchScope.ALL.withCode("debt concern"))).hits())
                .extracting(SearchHit::start).containsExactly(start + 20, ARTICLE.indexOf("debt to"));
        assertThat(service.search(project, SearchQuery.words("debt").withScope(SearchScope.ALL.withCode("debt concern").withCoder("ann"))).hits())
                .extracting(SearchHit::start).containsExactly(start + 20);
        assertThat(service.search(project, SearchQuery.words("debt").withScope(SearchScope.ALL.withCoder("ben"))).hits())
                .extracting(SearchHit::start).containsExactly(ARTICLE.indexOf("debt to"));
        assertThatThrownBy(() -> service.search(project, SearchQuery.words("debt").withScope(SearchScope.ALL.withCode("nope"))))
                .isInstanceOf(GlossException.class).hasMessage("unknown code: nope");
        assertThatThrownBy(() -> service.search(project, SearchQuery.words("debt").withScope(SearchScope.ALL.withDocuments(List.of("nope")))))
                .isInstanceOf(GlossException.class).hasMessage("unknown document: nope");
    }

    @Test
    void scopeBySpeakerTurns() {
        String transcript = "Interviewer: Is debt a worry?\nAigerim: Yes, debt worries my father.\nInterviewer: Debt again.\n";
        int aigerimStart = transcript.indexOf("Yes");
        int aigerimEnd = transcript.indexOf("\nInterviewer: Debt");
        project.documents().add(new NewDocument("transcript", transcript, null, Map.of(), List.of(
                new Turn("Interviewer", null, null, new TextSpan(13, transcript.indexOf("\nAigerim"))),
                new Turn("Aigerim", Duration.ofSeconds(12), null, new TextSpan(aigerimStart, aigerimEnd)),
                new Turn("Interviewer", null, null, new TextSpan(aigerimEnd + 14, transcript.length() - 1)))));
        assertThat(service.search(project, SearchQuery.words("debt").withScope(SearchScope.ALL.withSpeaker("aigerim"))).hits())
                .extracting(SearchHit::document, SearchHit::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("transcript", transcript.indexOf("debt worries")));
        assertThat(service.search(project, SearchQuery.words("debt").withScope(SearchScope.ALL.withSpeaker("Interviewer"))).hits())
                .hasSize(2);
        assertThatThrownBy(() -> service.search(project, SearchQuery.words("debt").withScope(SearchScope.ALL.withSpeaker("Nobody"))))
                .isInstanceOf(GlossException.class).hasMessageStartingWith("no transcript in scope has turns by speaker 'Nobody'");
    }

    @Test
    void literalAndRegexScanTheStoredTextExactly() {
        assertThat(service.search(project, SearchQuery.literal("debt:")).hits()).extracting(SearchHit::hit).containsExactly("debt:");
        assertThat(service.search(project, SearchQuery.literal("Debt")).hits()).isEmpty();
        SearchResults regex = service.search(project, SearchQuery.regex("(?i)кредит\\w*"));
        assertThat(regex.hits()).extracting(SearchHit::hit).containsExactly("Кредит", "Кредиты", "кредитов", "кредитах");
        SearchHit emoji = service.search(project, SearchQuery.literal("😀.")).hits().get(0);
        assertThat(emoji.end() - emoji.start()).isEqualTo(2);
        assertThat(emoji.hit()).isEqualTo("😀.");
        assertThatThrownBy(() -> service.search(project, SearchQuery.regex("кредит(")))
                .isInstanceOf(GlossException.class)
                .hasMessage("malformed regular expression 'кредит(': missing closing ) `кредит(`");
    }
}
