package org.gloss.api.search;

import java.util.List;
import java.util.Map;

import org.gloss.api.store.ProjectSession;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Searches a project's documents. Implementations keep an index derived from the store and bring
 * it up to date (incrementally, or by a rebuild when it is missing, stale or damaged) before
 * every search, so results always agree with the stored text.
 */
@ProviderType
public interface SearchService {
    /**
     * Runs a query. Hits are sorted by document (in the store's listing order) and position.
     *
     * @throws org.gloss.api.error.GlossException for a malformed query (saying what is wrong and
     *                                            where) or an unknown document, code or coder in the scope
     */
    SearchResults search(ProjectSession project, SearchQuery query, IndexProgress progress);

    default SearchResults search(ProjectSession project, SearchQuery query) {
        return search(project, query, IndexProgress.SILENT);
    }

    /**
     * Runs a query and returns only its first {@code limit} hits (in the order of {@link #search}),
     * with the exact hit count and hits per document of the whole result. Implementations make it
     * cheaper than a full search when there are many hits.
     *
     * @throws IllegalArgumentException if {@code limit} is negative
     */
    default SearchPage searchPage(ProjectSession project, SearchQuery query, int limit, IndexProgress progress) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return SearchPage.of(search(project, query, progress), limit);
    }

    /**
     * Checks a query without running it; throws the same error {@link #search} would for a
     * malformed query. Cheap: touches neither the store nor the index.
     */
    void validate(SearchQuery query);

    /** Brings the project's index up to date now (e.g. after an import) and says what it did. */
    IndexReport refresh(ProjectSession project, IndexProgress progress);

    /**
     * The bytes the project's index takes on disk now (0 when it has none yet); the index is
     * neither built nor brought up to date by asking.
     */
    long indexSize(ProjectSession project);

    /**
     * The language used to analyse each document: the {@value #LANGUAGE_ATTRIBUTE} attribute when
     * a user set it, otherwise the one detected from the text. Codes like "en", "ru", "kk".
     */
    Map<String, DocumentLanguage> languages(ProjectSession project);

    /** The languages this implementation analyses specially (stemming, folding). */
    List<String> supportedLanguages();

    /** Document attribute that overrides language detection. */
    String LANGUAGE_ATTRIBUTE = "language";
}
