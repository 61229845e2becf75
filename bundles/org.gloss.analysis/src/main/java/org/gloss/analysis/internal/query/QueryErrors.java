package org.gloss.analysis.internal.query;

import org.gloss.api.error.GlossException;

/** The messages of the code query language: what is wrong with a query, and where. */
public final class QueryErrors {
    /** Queries longer than this are shortened where a message repeats them. */
    private static final int QUOTED_QUERY_LENGTH = 100;

    private QueryErrors() {
    }

    private static String quoted(String query) {
        String shown = query.codePointCount(0, query.length()) <= QUOTED_QUERY_LENGTH ? query
                : query.substring(0, query.offsetByCodePoints(0, QUOTED_QUERY_LENGTH)) + "…";
        return "'" + shown + "'";
    }

    public static GlossException emptyQuery() {
        return new GlossException("empty code query: name at least one code, e.g. \"debt concern\" AND transparency");
    }

    /** @param column 1-based column (in code points) of the problem */
    public static GlossException malformedQuery(String query, int column, String problem) {
        return new GlossException("malformed code query " + quoted(query) + " at column " + column + ": " + problem);
    }

    public static GlossException unknownCodeInQuery(String query, String name, int column) {
        String hint = switch (name) {
            case "and", "or", "not", "overlaps", "within", "near", "followed" ->
                    " (operators are written in capitals: " + name.toUpperCase(java.util.Locale.ROOT) + ")";
            default -> " (quote names with spaces: \"two-way road\")";
        };
        return new GlossException("unknown code '" + name + "' in code query " + quoted(query) + " at column " + column
                + hint);
    }
}
