package org.gloss.search.lucene.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.search.IndexSearcher;
import org.gloss.api.search.DocumentLanguage;
import org.gloss.api.search.IndexProgress;
import org.gloss.api.search.IndexReport;
import org.gloss.api.search.QueryMode;
import org.gloss.api.search.SearchPage;
import org.gloss.api.search.SearchQuery;
import org.gloss.api.search.SearchResults;
import org.gloss.api.search.SearchService;
import org.gloss.api.store.ProjectChangeListener;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeValue;
import org.gloss.model.Document;
import org.gloss.search.lucene.internal.analysis.Language;
import org.gloss.search.lucene.internal.errors.SearchErrors;
import org.gloss.search.lucene.internal.index.CharSpan;
import org.gloss.search.lucene.internal.index.IndexDamagedException;
import org.gloss.search.lucene.internal.index.IndexLocation;
import org.gloss.search.lucene.internal.index.IndexedText;
import org.gloss.search.lucene.internal.index.ProjectIndex;
import org.gloss.search.lucene.internal.query.QueryCompiler;
import org.gloss.search.lucene.internal.query.QueryCompiler.CompiledQuery;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The search service on Lucene. It also listens to document imports and removals, so that the
 * index beside the project is updated in the same step as the store.
 */
@Component(service = {SearchService.class, ProjectChangeListener.class})
public class LuceneSearchService implements SearchService, ProjectChangeListener {
    private final ProjectIndexes indexes;
    /** Whether this service made its index registry (and so closes it). */
    private final boolean ownsIndexes;

    /** A service with indexes of its own, as tests and single-process callers use it. */
    public LuceneSearchService() {
        this(new ProjectIndexes(), true);
    }

    /** The service in the framework: the indexes are shared with word frequencies. */
    @Activate
    public LuceneSearchService(@Reference ProjectIndexes indexes) {
        this(indexes, false);
    }

    private LuceneSearchService(ProjectIndexes indexes, boolean ownsIndexes) {
        this.indexes = indexes;
        this.ownsIndexes = ownsIndexes;
    }

    @Override
    public SearchResults search(ProjectSession project, SearchQuery query, IndexProgress progress) {
        Result result = run(project, query, Integer.MAX_VALUE, progress);
        return new SearchResults(result.page().hits(), result.documentsSearched(), result.index());
    }

    /**
     * Like {@link #search}, but only the documents that give the first {@code limit} hits are read
     * from the store and cut into keyword-in-context lines; the others are only counted.
     */
    @Override
    public SearchPage searchPage(ProjectSession project, SearchQuery query, int limit, IndexProgress progress) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        Result result = run(project, query, limit, progress);
        HitBuilder.Page page = result.page();
        return new SearchPage(page.hits(), page.hitsPerDocument(), page.totalHits(), result.documentsSearched(),
                result.index());
    }

    private record Result(HitBuilder.Page page, int documentsSearched, IndexReport index) {
    }

    private Result run(ProjectSession project, SearchQuery query, int limit, IndexProgress progress) {
        // a malformed query is reported before the store or the index is touched
        CompiledQuery compiled = query.mode() == QueryMode.WORDS ? QueryCompiler.compile(query.text(), query.stemming()) : null;
        com.google.re2j.Pattern pattern = query.mode() == QueryMode.WORDS ? null : TextScanner.compile(query.text(), query.mode());
        SearchScopes.Resolved scope = SearchScopes.resolve(project, query.scope());
        int documents = scope.documents().size();
        if (pattern != null) {
            Map<Long, String> texts = new HashMap<>();
            Map<Long, String> names = new HashMap<>();
            scope.documents().forEach(d -> names.put(d.id(), d.name()));
            Map<Long, List<CharSpan>> spans = TextScanner.scan(project, scope.documents(), query.text(), pattern, texts);
            return new Result(HitBuilder.page(scope, spans, id -> new StringHitText(names.get(id), texts.get(id)),
                    query.contextWidth(), limit), documents, null);
        }
        ProjectIndex index = indexFor(project);
        IndexReport report = index.refresh(project, progress);
        try {
            return new Result(find(project, index, compiled, scope, query, limit), documents, report);
        } catch (IndexDamagedException | HitBuilder.OutOfTextException e) {
            report = index.rebuild(project, "damaged: " + e.getMessage(), progress);
            return new Result(find(project, index, compiled, scope, query, limit), documents, report);
        }
    }

    private static HitBuilder.Page find(ProjectSession project, ProjectIndex index, CompiledQuery compiled,
                                        SearchScopes.Resolved scope, SearchQuery query, int limit) {
        Map<Long, String> names = new HashMap<>();
        scope.documents().forEach(d -> names.put(d.id(), d.name()));
        try {
            return index.search(compiled.query(), compiled.textFields(), scope::accepts, found ->
                    HitBuilder.page(scope, found.spans(), id -> textOf(project, found, id, names.get(id)),
                            query.contextWidth(), limit));
        } catch (IndexSearcher.TooManyClauses e) {
            throw SearchErrors.queryTooBroad(query.text(), "more than " + IndexSearcher.getMaxClauseCount() + " terms");
        }
    }

    /** The index's copy of the text, which is the store's (the index was refreshed); the store's if the index kept none. */
    private static HitText textOf(ProjectSession project, ProjectIndex.Found found, long id, String name) {
        IndexedText indexed = found.text(id);
        return indexed != null ? new Utf8HitText(name, indexed) : new StringHitText(name, project.documents().text(id));
    }

    @Override
    public void validate(SearchQuery query) {
        if (query.mode() == QueryMode.WORDS) {
            QueryCompiler.compile(query.text(), query.stemming());
        } else {
            TextScanner.compile(query.text(), query.mode());
        }
    }

    @Override
    public IndexReport refresh(ProjectSession project, IndexProgress progress) {
        return indexFor(project).refresh(project, progress);
    }

    @Override
    public long indexSize(ProjectSession project) {
        Path folder = IndexLocation.of(project.location());
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        // File.length() is 0 for a file Lucene removes (a finished merge) while we walk
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the search index in " + folder, e);
        }
    }

    @Override
    public Map<String, DocumentLanguage> languages(ProjectSession project) {
        List<Document> all = project.documents().list();
        ProjectIndex index = indexFor(project);
        index.refresh(project, IndexProgress.SILENT);
        Map<Long, Language> indexed;
        try {
            indexed = index.languages();
        } catch (IndexDamagedException e) {
            index.rebuild(project, "damaged: " + e.getMessage(), IndexProgress.SILENT);
            indexed = index.languages();
        }
        Map<String, DocumentLanguage> languages = new LinkedHashMap<>();
        for (Document d : all) {
            Language language = indexed.get(d.id());
            if (language != null) {
                languages.put(d.name(), new DocumentLanguage(language.code(), !isSetByUser(d)));
            }
        }
        return languages;
    }

    private static boolean isSetByUser(Document d) {
        AttributeValue value = d.attributes().get(LANGUAGE_ATTRIBUTE);
        return value != null && Language.byCode(value.value()).isPresent();
    }

    @Override
    public List<String> supportedLanguages() {
        return Language.codes();
    }

    @Override
    public void documentsChanged(ProjectSession project, DocumentsChanged change) {
        refresh(project, IndexProgress.SILENT);
    }

    private ProjectIndex indexFor(ProjectSession project) {
        return indexes.indexFor(project);
    }

    @Deactivate
    void close() throws IOException {
        if (ownsIndexes) {
            indexes.close();
        }
    }
}
