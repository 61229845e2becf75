package org.gloss.search.lucene.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.gloss.api.search.IndexReport;
import org.gloss.api.search.SearchHit;
import org.gloss.api.search.SearchQuery;
import org.gloss.api.search.SearchResults;
import org.gloss.api.store.ProjectChangeListener.DocumentsChanged;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeValue;
import org.gloss.model.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index is derived data beside the project: it follows imports and removals, notices a
 * stale fingerprint, and is rebuilt when missing or damaged, always giving the same hits.
 */
class IndexLifecycleTest {
    @TempDir
    Path dir;
    private ProjectSession project;
    private LuceneSearchService service;
    private Path index;

    @BeforeEach
    void setUp() {
        project = TestProject.create(dir);
        for (int i = 0; i < 30; i++) {
            TestProject.add(project, "doc" + i, "Document " + i + " talks about the loan number " + i
                    + ".\nКредит номер " + i + " был выдан банком.\n");
        }
        service = new LuceneSearchService();
        index = dir.resolve("p.gloss.index");
    }

    @AfterEach
    void tearDown() throws Exception {
        service.close();
        project.close();
    }

    private SearchResults search(String query) {
        return service.search(project, SearchQuery.words(query));
    }

    /** A new service, as a new gloss process would have: nothing cached, the index read from disk. */
    private void restart() throws IOException {
        service.close();
        service = new LuceneSearchService();
    }

    /** The size is what the files in the index folder add up to, measured independently here. */
    @Test
    void indexSizeIsTheBytesOfTheIndexFolderAndAskingBuildsNothing() throws IOException {
        assertThat(service.indexSize(project)).isZero();
        assertThat(index).doesNotExist();
        service.refresh(project, org.gloss.api.search.IndexProgress.SILENT);
        long onDisk;
        try (Stream<Path> files = Files.walk(index)) {
            onDisk = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertThat(onDisk).isPositive();
        assertThat(service.indexSize(project)).isEqualTo(onDisk);
    }

    @Test
    void theIndexLivesBesideTheProjectAndIsBuiltOnFirstSearch() {
        assertThat(index).doesNotExist();
        SearchResults first = search("loan");
        assertThat(index).isDirectory();
        assertThat(first.index().rebuilt()).isTrue();
        assertThat(first.index().reason()).isEqualTo("missing");
        assertThat(first.hits()).hasSize(30);
        IndexReport second = search("loan").index();
        assertThat(second.changed()).isFalse();
        assertThat(second.reason()).isEqualTo("up to date");
    }

    @Test
    void importsAndRemovalsUpdateTheIndexIncrementally() throws Exception {
        search("loan");
        Document added = TestProject.add(project, "new", "A brand new loan agreement.");
        service.documentsChanged(project, DocumentsChanged.added(List.of(added.id())));
        restart();
        SearchResults afterAdd = search("agreement");
        assertThat(afterAdd.index().changed()).as("the listener already updated it").isFalse();
        assertThat(afterAdd.hits()).extracting(SearchHit::document).containsExactly("new");

        project.documents().remove(project.documents().get("doc3").id());
        // nobody told the index: the fingerprint notices, and only the difference is written
        SearchResults afterRemove = search("loan");
        assertThat(afterRemove.index().rebuilt()).isFalse();
        assertThat(afterRemove.index().removed()).isEqualTo(1);
        assertThat(afterRemove.index().added()).isZero();
        assertThat(afterRemove.hits()).hasSize(30).extracting(SearchHit::document).doesNotContain("doc3");
    }

    @Test
    void settingTheLanguageReindexesThatDocument() {
        assertThat(search("кредит").hits()).hasSize(30);
        assertThat(service.languages(project).get("doc1").code()).isEqualTo("en");
        project.documents().setAttribute(project.documents().get("doc1").id(), "language", AttributeValue.text("kk"));
        SearchResults results = search("кредит");
        assertThat(results.index().added()).isEqualTo(1);
        assertThat(service.languages(project).get("doc1")).isEqualTo(new org.gloss.api.search.DocumentLanguage("kk", false));
        // Kazakh documents are stemmed as Kazakh, not as Russian (the genitive plural -ов is Russian only)
        assertThat(results.hits()).hasSize(30);
        assertThat(search("кредитов").hitsPerDocument()).doesNotContainKey("doc1").containsKey("doc2");
    }

    @Test
    void aDeletedIndexIsRebuilt() throws Exception {
        List<SearchHit> expected = search("loan OR кредит").hits();
        restart();
        deleteRecursively(index);
        SearchResults results = search("loan OR кредит");
        assertThat(results.index().rebuilt()).isTrue();
        assertThat(results.index().reason()).isEqualTo("missing");
        assertThat(results.hits()).isEqualTo(expected);
    }

    @Test
    void everyDamagedFileIsNoticedAndTheIndexRebuilt() throws Exception {
        List<SearchHit> expected = search("loan OR кредит").hits();
        restart();
        int count = indexFiles().size();
        assertThat(count).isGreaterThan(2);
        for (int i = 0; i < count; i++) {
            search("loan"); // make sure a complete index is there
            restart();
            // a rebuild writes over the old index under new file names: take the i-th file of this one
            Path file = indexFiles().get(i);
            if (file.getFileName().toString().equals("write.lock")) {
                continue;
            }
            damage(file);
            SearchResults results = search("loan OR кредит");
            assertThat(results.index().rebuilt()).as("after damaging " + file.getFileName()).isTrue();
            assertThat(results.index().reason()).startsWith("damaged: ")
                    .as("said for people, not in Lucene's terms").doesNotContain("Exception", "resource=", "checksum");
            assertThat(results.hits()).as("after damaging " + file.getFileName()).isEqualTo(expected);
            restart();
        }
    }

    @Test
    void aTruncatedOrMissingSegmentFileIsRebuilt() throws Exception {
        List<SearchHit> expected = search("loan").hits();
        restart();
        Path segments = indexFiles().stream().filter(p -> p.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        try (RandomAccessFile f = new RandomAccessFile(segments.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        SearchResults truncated = search("loan");
        assertThat(truncated.index().rebuilt()).isTrue();
        assertThat(truncated.hits()).isEqualTo(expected);
        restart();
        Path data = indexFiles().stream().filter(p -> !p.getFileName().toString().startsWith("segments_")
                && !p.getFileName().toString().equals("write.lock")).findFirst().orElseThrow();
        Files.delete(data);
        SearchResults missingFile = search("loan");
        assertThat(missingFile.index().rebuilt()).isTrue();
        assertThat(missingFile.hits()).isEqualTo(expected);
    }

    @Test
    void anIndexOfAnotherProjectIsNotTrusted() throws Exception {
        search("loan");
        restart();
        // the same folder, but the project's documents changed behind the index's back
        project.documents().remove(project.documents().get("doc0").id());
        TestProject.add(project, "doc0", "A completely different text.");
        SearchResults results = search("loan OR different");
        assertThat(results.index().changed()).isTrue();
        assertThat(results.hitsPerDocument()).containsEntry("doc0", 1).hasSize(30);
    }

    private List<Path> indexFiles() throws IOException {
        try (Stream<Path> files = Files.list(index)) {
            return files.sorted().toList();
        }
    }

    /** Flips bytes in the middle of a file, keeping its length. */
    private static void damage(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long middle = f.length() / 2;
            byte[] bytes = new byte[(int) Math.min(8, Math.max(1, f.length() - middle))];
            f.seek(middle);
            f.readFully(bytes);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) ~bytes[i];
            }
            f.seek(middle);
            f.write(bytes);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }
}
