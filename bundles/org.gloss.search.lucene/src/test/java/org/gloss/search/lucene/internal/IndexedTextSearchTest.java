package org.gloss.search.lucene.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.gloss.api.search.SearchHit;
import org.gloss.api.search.SearchQuery;
import org.gloss.api.search.SearchResults;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.CodePointText;
import org.gloss.model.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hits are cut from the index's copy of the text: every hit and its context still equal the
 * store's code points (in a document of several megabytes, with characters of every UTF-8
 * length), and an index written before the text was kept in it is rebuilt.
 */
class IndexedTextSearchTest {
    @TempDir
    Path dir;
    private ProjectSession project;
    private LuceneSearchService service;

    @BeforeEach
    void setUp() {
        project = TestProject.create(dir);
        service = new LuceneSearchService();
    }

    @AfterEach
    void tearDown() throws Exception {
        service.close();
        project.close();
    }

    @Test
    void hitsFromTheIndexCopyEqualTheStoredCodePointsInALargeDocument() {
        StringBuilder big = new StringBuilder();
        String[] pieces = {"debt ", "кредит 😀 ", "қарыз ", "債務 debts ", "𠀀road ", "é loans.\n\n"};
        for (int i = 0; big.length() < 1_500_000; i++) {
            big.append(pieces[i % pieces.length]).append(i % 7 == 0 ? "Debt " : "");
        }
        Document large = TestProject.add(project, "large", big.toString());
        Document small = TestProject.add(project, "small", "😀 A debt, then more debts: кредиты.");
        Map<Long, CodePointText> texts = new HashMap<>();
        for (String query : new String[] {"debt", "\"debt кредит\"", "\"road loans\"~3", "кред*", "債務"}) {
            SearchResults results = service.search(project, SearchQuery.words(query).withContext(25));
            assertThat(results.hits()).as(query).isNotEmpty();
            for (SearchHit hit : results.hits()) {
                CodePointText text = texts.computeIfAbsent(hit.documentId(),
                        id -> new CodePointText(project.documents().text(id)));
                assertThat(hit.hit()).as(query).isEqualTo(text.substring(hit.start(), hit.end()));
                assertThat(hit.left()).isEqualTo(text.substring(Math.max(0, hit.start() - 25), hit.start()));
                assertThat(hit.right()).isEqualTo(text.substring(hit.end(), Math.min(text.length(), hit.end() + 25)));
            }
        }
        assertThat(service.search(project, SearchQuery.words("debt")).hitsPerDocument())
                .containsKeys(large.name(), small.name());
    }

    @Test
    void anIndexWrittenBeforeTheTextWasKeptInItIsRebuilt() throws Exception {
        TestProject.add(project, "a", "The loan was repaid. 😀 Another loan followed.");
        SearchResults first = service.search(project, SearchQuery.words("loan"));
        service.close();
        // the first index format: the same analysis and fingerprint, no format in its commit
        try (FSDirectory directory = FSDirectory.open(dir.resolve("p.gloss.index"));
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig()
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> data = new HashMap<>();
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            assertThat(data.remove("gloss.format")).isNotNull();
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
        service = new LuceneSearchService();
        SearchResults again = service.search(project, SearchQuery.words("loan"));
        assertThat(again.index().rebuilt()).isTrue();
        assertThat(again.index().reason()).isEqualTo("written in another index format");
        assertThat(again.hits()).isEqualTo(first.hits());
        assertThat(service.search(project, SearchQuery.words("loan")).index().reason()).isEqualTo("up to date");
    }
}
