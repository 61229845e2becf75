package org.gloss.api.search;

import java.util.Objects;

/**
 * One search.
 *
 * @param text         the query
 * @param mode         how {@code text} is understood
 * @param stemming     in {@link QueryMode#WORDS} mode, whether inflected forms match ("кредит"
 *                     finds "кредиты"); wildcard and fuzzy terms always match unstemmed words
 * @param scope        which documents and passages to search
 * @param contextWidth code points of context on each side of a hit (KWIC)
 */
public record SearchQuery(String text, QueryMode mode, boolean stemming, SearchScope scope, int contextWidth) {
    public static final int DEFAULT_CONTEXT = 40;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mode, "mode");
        scope = Objects.requireNonNullElse(scope, SearchScope.ALL);
        if (contextWidth < 0) {
            throw new IllegalArgumentException("context width must not be negative: " + contextWidth);
        }
    }

    /** A query in the query language, with stemming, over the whole project. */
    public static SearchQuery words(String text) {
        return new SearchQuery(text, QueryMode.WORDS, true, SearchScope.ALL, DEFAULT_CONTEXT);
    }

    public static SearchQuery literal(String text) {
        return new SearchQuery(text, QueryMode.LITERAL, false, SearchScope.ALL, DEFAULT_CONTEXT);
    }

    public static SearchQuery regex(String pattern) {
        return new SearchQuery(pattern, QueryMode.REGEX, false, SearchScope.ALL, DEFAULT_CONTEXT);
    }

    public SearchQuery withStemming(boolean on) {
        return new SearchQuery(text, mode, on, scope, contextWidth);
    }

    public SearchQuery withScope(SearchScope newScope) {
        return new SearchQuery(text, mode, stemming, newScope, contextWidth);
    }

    public SearchQuery withContext(int width) {
        return new SearchQuery(text, mode, stemming, scope, width);
    }
}
