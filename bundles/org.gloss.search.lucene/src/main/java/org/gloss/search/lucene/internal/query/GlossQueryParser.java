package org.gloss.search.lucene.internal.query;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.gloss.search.lucene.internal.index.IndexSchema;

/**
 * Lucene's classic query syntax over Gloss's fields. Words and phrases are searched in the word
 * fields (one stemmed field per language, each analysed as its documents were, or the unstemmed
 * field); wildcard, prefix, fuzzy, regular-expression and range terms always in the unstemmed
 * field, since stems are not words a pattern could describe. Field prefixes ({@code title:x}) are
 * refused: Gloss documents have one text.
 */
final class GlossQueryParser extends QueryParser {
    /** The field name the parser sees for terms without a field prefix. */
    static final String ANY = "\u0000text";

    private final List<String> wordFields;

    GlossQueryParser(List<String> wordFields) {
        super(ANY, IndexSchema.queryAnalyzer());
        this.wordFields = List.copyOf(wordFields);
        setAllowLeadingWildcard(true);
        setDefaultOperator(QueryParser.OR_OPERATOR);
        setSplitOnWhitespace(true);
        // "two-way" is one word to the user: its parts must stand together, as a phrase
        setAutoGeneratePhraseQueries(true);
    }

    /** A field prefix such as {@code note:} in the query. */
    static final class UnknownFieldException extends ParseException {
        private static final long serialVersionUID = 1L;
        final String field;

        UnknownFieldException(String field) {
            super("unknown field " + field);
            this.field = field;
        }
    }

    /** StandardTokenizer's longest token: a pattern longer than that matches no word. */
    static final int MAX_WORD_LENGTH = 255;

    /** A wildcard, fuzzy or regular-expression term longer than any word. */
    static final class PatternTooLongException extends ParseException {
        private static final long serialVersionUID = 1L;
        final String pattern;

        PatternTooLongException(String pattern) {
            super("pattern too long");
            this.pattern = pattern;
        }
    }

    private static void checkPattern(String pattern) throws ParseException {
        if (pattern.length() > MAX_WORD_LENGTH) {
            throw new PatternTooLongException(pattern);
        }
    }

    private void checkField(String field) throws ParseException {
        if (!ANY.equals(field) && !wordFields.contains(field) && !IndexSchema.PLAIN.equals(field)) {
            throw new UnknownFieldException(field);
        }
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        checkField(field);
        if (quoted && WildcardPhrase.hasPattern(queryText)) {
            return new WildcardPhrase(this).query(queryText, 0);
        }
        if (!ANY.equals(field)) {
            return super.getFieldQuery(field, queryText, quoted);
        }
        List<Query> perField = new ArrayList<>();
        for (String f : wordFields) {
            Query q = super.getFieldQuery(f, queryText, quoted);
            if (q != null) {
                perField.add(q);
            }
        }
        return anyOf(perField);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        checkField(field);
        if (WildcardPhrase.hasPattern(queryText)) {
            return new WildcardPhrase(this).query(queryText, slop);
        }
        if (!ANY.equals(field)) {
            return super.getFieldQuery(field, queryText, slop);
        }
        List<Query> perField = new ArrayList<>();
        for (String f : wordFields) {
            Query q = super.getFieldQuery(f, queryText, slop);
            if (q != null) {
                perField.add(q);
            }
        }
        return anyOf(perField);
    }

    private static Query anyOf(List<Query> queries) {
        if (queries.isEmpty()) {
            return null;
        }
        if (queries.size() == 1) {
            return queries.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Query q : queries) {
            any.add(q, BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** A wildcard term in the unstemmed field, for {@link WildcardPhrase}. */
    Query wildcard(String termStr) throws ParseException {
        return getWildcardQuery(IndexSchema.PLAIN, termStr);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        checkField(field);
        checkPattern(termStr);
        return super.getWildcardQuery(IndexSchema.PLAIN, termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        checkField(field);
        checkPattern(termStr);
        return super.getPrefixQuery(IndexSchema.PLAIN, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        checkField(field);
        checkPattern(termStr);
        return super.getFuzzyQuery(IndexSchema.PLAIN, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        checkField(field);
        checkPattern(termStr);
        return super.getRegexpQuery(IndexSchema.PLAIN, termStr);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        checkField(field);
        return super.getRangeQuery(IndexSchema.PLAIN, part1, part2, startInclusive, endInclusive);
    }
}
