package org.gloss.api.search;

import java.util.List;

import org.gloss.api.error.GlossException;

/** Every user-facing error message of search and auto-coding, in one place. */
public final class SearchErrors {
    private SearchErrors() {
    }

    public static GlossException emptyQuery() {
        return new GlossException("empty query: give at least one word, phrase or pattern");
    }

    /**
     * A query the query language cannot read.
     *
     * @param column 1-based column of the problem in the query, or 0 when unknown
     */
    public static GlossException malformedQuery(String query, int column, String problem) {
        String where = column > 0 ? " at column " + column : "";
        return new GlossException("malformed query '" + query + "'" + where + ": " + problem);
    }

    public static GlossException malformedRegex(String pattern, int index, String problem) {
        String where = index >= 0 ? " at column " + (index + 1) : "";
        return new GlossException("malformed regular expression '" + pattern + "'" + where + ": " + problem);
    }

    public static GlossException queryTooBroad(String query, String detail) {
        return new GlossException("query '" + query + "' matches too many words (" + detail
                + "); make wildcard or fuzzy terms more specific");
    }

    public static GlossException unsupportedLanguage(String code, List<String> supported) {
        return new GlossException("unsupported language '" + code + "' (supported: " + String.join(", ", supported)
                + ", or 'auto' to detect it)");
    }

    public static GlossException unknownAutoCodeScope(String name) {
        return new GlossException("unknown auto-code scope '" + name + "' (expected hit, sentence or paragraph)");
    }

    public static GlossException badAttributeFilter(String filter) {
        return new GlossException("invalid attribute filter '" + filter + "': expected KEY=VALUE");
    }

    public static GlossException noSearchService() {
        return new GlossException("no search service is installed (the org.gloss.search.lucene bundle is missing)");
    }

    public static GlossException unknownSpeaker(String speaker) {
        return new GlossException("no transcript in scope has turns by speaker '" + speaker + "' (see 'gloss doc turns')");
    }

    public static GlossException indexUnavailable(Object location, String detail) {
        return new GlossException("cannot write the search index " + location + ": " + detail);
    }
}
