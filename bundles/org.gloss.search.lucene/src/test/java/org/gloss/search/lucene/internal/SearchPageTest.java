package org.gloss.search.lucene.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gloss.api.search.IndexProgress;
import org.gloss.api.search.SearchPage;
import org.gloss.api.search.SearchQuery;
import org.gloss.api.search.SearchResults;
import org.gloss.api.search.SearchScope;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page of hits (what the workbench's KWIC table shows) is the start of the full result, and its
 * counts are the full result's, whichever documents it had to read.
 */
class SearchPageTest {
    @TempDir
    Path dir;
    private ProjectSession project;
    private LuceneSearchService service;
    private final List<Document> documents = new ArrayList<>();

    @BeforeEach
    void setUp() {
        project = TestProject.create(dir);
        for (int i = 0; i < 12; i++) {
            // an emoji before the words: code points and UTF-16 differ; "debts debt" merge nowhere
            String text = "😀 Interview " + i + ". The debt grows.\n\n" + "Debts and debt, debt again ".repeat(i % 4)
                    + "\n\nA loan is a debt.";
            documents.add(TestProject.add(project, String.format("doc%02d", i), text));
        }
        service = new LuceneSearchService();
    }

    @AfterEach
    void tearDown() throws Exception {
        service.close();
        project.close();
    }

    @Test
    void aPageIsTheStartOfTheFullResultWithItsExactCounts() {
        for (String query : List.of("debt", "\"a debt\"", "deb*", "loan OR debt", "nothing")) {
            SearchResults all = service.search(project, SearchQuery.words(query).withContext(8));
            for (int limit : List.of(0, 1, 5, 17, all.size(), all.size() + 3)) {
                SearchPage page = service.searchPage(project, SearchQuery.words(query).withContext(8), limit,
                        IndexProgress.SILENT);
                assertThat(page.hits()).as(query + " limit " + limit)
                        .isEqualTo(all.hits().subList(0, Math.min(limit, all.size())));
                assertThat(page.totalHits()).isEqualTo(all.size());
                assertThat(page.hitsPerDocument()).containsExactlyEntriesOf(all.hitsPerDocument());
                assertThat(page.complete()).isEqualTo(limit >= all.size());
                assertThat(page.documentsSearched()).isEqualTo(12);
            }
        }
        assertThat(service.search(project, SearchQuery.words("debt")).size()).isGreaterThan(40);
    }

    @Test
    void countsInsideCodingsAreExactToo() {
        long code = project.codebook().add("debt concern", null, "#D1495B", null).id();
        long coder = project.coders().getOrCreate("aida").id();
        for (Document d : documents.subList(2, 9)) {
            // the second paragraph only
            String text = project.documents().text(d.id());
            int from = text.codePointCount(0, text.indexOf("\n\n") + 2);
            int to = text.codePointCount(0, text.lastIndexOf("\n\n"));
            if (to > from) {
                project.codings().add(new NewCoding(d.id(), code, coder, from, to, null));
            }
        }
        SearchQuery query = SearchQuery.words("debt").withScope(SearchScope.ALL.withCode("debt concern"));
        SearchResults all = service.search(project, query);
        SearchPage page = service.searchPage(project, query, 3, IndexProgress.SILENT);

        assertThat(all.size()).isGreaterThan(10);
        assertThat(page.hits()).isEqualTo(all.hits().subList(0, 3));
        assertThat(page.totalHits()).isEqualTo(all.size());
        assertThat(page.hitsPerDocument()).containsExactlyEntriesOf(all.hitsPerDocument());
    }

    @Test
    void literalAndRegexPagesToo() {
        for (SearchQuery query : List.of(SearchQuery.literal("debt"), SearchQuery.regex("[Dd]ebts?"))) {
            SearchResults all = service.search(project, query);
            SearchPage page = service.searchPage(project, query, 4, IndexProgress.SILENT);
            assertThat(page.hits()).isEqualTo(all.hits().subList(0, 4));
            assertThat(page.totalHits()).isEqualTo(all.size());
            assertThat(page.hitsPerDocument()).containsExactlyEntriesOf(all.hitsPerDocument());
        }
    }
}
