package org.gloss.search.lucene.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.gloss.api.search.SearchHit;
import org.gloss.api.search.SearchQuery;
import org.gloss.api.search.SearchResults;
import org.gloss.api.store.Documents;
import org.gloss.api.store.ProjectSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches in a row do not list the store's documents again while the store's revision stays
 * put, and still see every change: another session's (another process's) import, this session's
 * own writes, and a rolled-back transaction.
 */
class StoreRevisionTest {
    @TempDir
    Path dir;
    private final LuceneSearchService service = new LuceneSearchService();
    private final AtomicInteger listings = new AtomicInteger();

    @AfterEach
    void tearDown() throws Exception {
        service.close();
    }

    @Test
    void searchesListTheDocumentsOnlyWhenTheStoreMoved() {
        try (ProjectSession store = TestProject.create(dir)) {
            for (int i = 0; i < 5; i++) {
                TestProject.add(store, "doc" + i, "The loan number " + i + " was repaid.");
            }
            ProjectSession project = counting(store);
            assertThat(search(project).index().rebuilt()).isTrue();
            int afterBuild = listings.get();
            assertThat(search(project).hitsPerDocument()).hasSize(5);
            assertThat(search(project).index().reason()).isEqualTo("up to date");
            assertThat(listings.get()).as("nothing changed: no listing").isEqualTo(afterBuild);

            // another session, as another gloss process would have, imports a document
            try (ProjectSession other = TestProject.open(dir)) {
                TestProject.add(other, "late", "A late loan.");
            }
            SearchResults afterImport = search(project);
            assertThat(afterImport.hitsPerDocument()).containsKey("late");
            assertThat(afterImport.index().added()).isEqualTo(1);
            assertThat(listings.get()).isEqualTo(afterBuild + 1);
            search(project);
            assertThat(listings.get()).isEqualTo(afterBuild + 1);

            // this session's own writes, and a write it rolls back
            TestProject.add(project, "own", "My own loan.");
            assertThat(search(project).hitsPerDocument()).containsKey("own");
            assertThatThrownBy(() -> project.inTransaction(() -> {
                TestProject.add(project, "undone", "An undone loan.");
                assertThat(search(project).hitsPerDocument()).containsKey("undone");
                throw new IllegalStateException("roll back");
            })).hasMessage("roll back");
            assertThat(search(project).hits()).extracting(SearchHit::document).doesNotContain("undone")
                    .contains("own", "late");
        }
    }

    private SearchResults search(ProjectSession project) {
        return service.search(project, SearchQuery.words("loan"));
    }

    /** The session with its documents' content-hash listing (the staleness check's listing) counted. */
    private ProjectSession counting(ProjectSession session) {
        Documents documents = (Documents) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Documents.class}, (proxy, method, args) -> {
                    if (method.getName().equals("contentHashes")) {
                        listings.incrementAndGet();
                    }
                    return delegate(method, session.documents(), args);
                });
        return (ProjectSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ProjectSession.class}, (proxy, method, args) ->
                        method.getName().equals("documents") ? documents : delegate(method, session, args));
    }

    private static Object delegate(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
