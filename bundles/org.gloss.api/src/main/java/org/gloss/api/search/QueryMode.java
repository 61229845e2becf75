package org.gloss.api.search;

/** How the query text is understood. */
public enum QueryMode {
    /**
     * The query language: words, "exact phrases", * and ? wildcards, AND/OR/NOT (and + -),
     * parentheses, proximity ("debt China"~5) and fuzzy terms (credit~). Case- and
     * diacritic-insensitive; with stemming, inflected forms match.
     */
    WORDS,
    /** The exact string, case-sensitive, found by scanning the stored text. */
    LITERAL,
    /**
     * A regular expression in RE2 syntax (linear-time matching: no back-references or
     * look-around), found by scanning the stored text; {@code \w \d \s} are Unicode-aware and
     * {@code (?i)} makes it case-insensitive.
     */
    REGEX
}
