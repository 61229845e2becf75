package org.gloss.search.lucene.internal.errors;

import java.util.List;

import org.gloss.api.error.GlossException;

/** Every user-facing error message of search and auto-coding, in one place. */
public final class SearchErrors {
    private SearchErrors() {
    }

    /** Queries longer than this are shortened where a message repeats them. */
    private static final int QUOTED_QUERY_LENGTH = 100;

    /** The text itself, or its first {@code length} code points and "…" when it is longer. */
    public static String abbreviate(String text, int length) {
        if (text.codePointCount(0, text.length()) <= length) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, length)) + "…";
    }

    private static String quoted(String query) {
        return "'" + abbreviate(query, QUOTED_QUERY_LENGTH) + "'";
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
        return new GlossException("malformed query " + quoted(query) + where + ": " + problem);
    }

    public static GlossException malformedRegex(String pattern, int index, String problem) {
        String where = index >= 0 ? " at column " + (index + 1) : "";
        return new GlossException("malformed regular expression " + quoted(pattern) + where + ": " + problem);
    }

    public static GlossException queryTooBroad(String query, String detail) {
        return new GlossException("query " + quoted(query) + " matches too many words (" + detail
                + "); use fewer words, or make wildcard or fuzzy terms more specific");
    }

    /** A query whose patterns are beyond what the search can compile. */
    public static GlossException queryTooComplex(String query, String detail) {
        return new GlossException("query " + quoted(query) + " is too complex: " + detail);
    }

    /** A regular expression that ran out of time: large counted repetitions make every character slow. */
    public static GlossException regexTooSlow(String pattern, long seconds, String document) {
        return new GlossException("regular expression " + quoted(pattern) + " was stopped after " + seconds
                + " s (in document " + document + "): large counted repetitions such as {1,1000} make every character"
                + " slow; make it more specific");
    }

    /** An attribute filter whose key no document has: most likely a typing error. */
    public static GlossException unknownAttribute(String key, java.util.Collection<String> known) {
        return new GlossException("no document has the attribute '" + key + "'"
                + (known.isEmpty() ? "" : " (attributes: " + String.join(", ", known) + ")"));
    }

    /** A query made only of characters that are not part of words, e.g. punctuation. */
    public static GlossException noWords(String query) {
        return new GlossException("query " + quoted(query) + " has no words to search for (punctuation and spaces"
                + " are not indexed); use --literal to find exact characters");
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
