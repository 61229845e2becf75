package org.gloss.search.lucene.internal.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.gloss.search.lucene.internal.index.IndexSchema;

/**
 * A phrase with wildcards, {@code "deb* China"} or {@code "deb* China"~5}: Lucene's phrase query
 * cannot hold a pattern, and the classic parser silently dropped the {@code *}, so the phrase
 * found nothing. Here it becomes a span query over the unstemmed words: in order for an exact
 * phrase, in either order within the distance for proximity. A {@code *} anywhere in a word and a
 * {@code ?} inside a word are patterns; a {@code ?} that ends a word is the question mark of a
 * quoted sentence ("is it debt?").
 */
final class WildcardPhrase {
    private final GlossQueryParser parser;

    WildcardPhrase(GlossQueryParser parser) {
        this.parser = parser;
    }

    static boolean hasPattern(String phrase) {
        for (String word : phrase.split("\\s+")) {
            if (isPattern(trim(word))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPattern(String word) {
        if (word.indexOf('*') >= 0) {
            return true;
        }
        int q = word.indexOf('?');
        while (q >= 0) {
            if (q + 1 < word.length() && (Character.isLetterOrDigit(word.charAt(q + 1)) || word.charAt(q + 1) == '?'
                    || word.charAt(q + 1) == '*')) {
                return true;
            }
            q = word.indexOf('?', q + 1);
        }
        return false;
    }

    /** The word without punctuation around it, keeping wildcards. */
    private static String trim(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !isWordChar(word.charAt(start))) {
            start++;
        }
        while (end > start && !isWordChar(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(start, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '*' || c == '?';
    }

    Query query(String phrase, int slop) throws ParseException {
        List<SpanQuery> clauses = new ArrayList<>();
        for (String raw : phrase.split("\\s+")) {
            String word = trim(raw);
            if (word.isEmpty()) {
                continue;
            }
            if (isPattern(word)) {
                Query pattern = parser.wildcard(word);
                if (pattern instanceof MultiTermQuery multi) {
                    clauses.add(new SpanMultiTermQueryWrapper<>(multi));
                }
            } else {
                for (String token : tokens(word)) {
                    clauses.add(new SpanTermQuery(new Term(IndexSchema.PLAIN, token)));
                }
            }
        }
        if (clauses.isEmpty()) {
            return null;
        }
        if (clauses.size() == 1) {
            return clauses.get(0);
        }
        return new SpanNearQuery(clauses.toArray(new SpanQuery[0]), slop, slop == 0);
    }

    /** The unstemmed index terms of a word without patterns. */
    private List<String> tokens(String word) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = parser.getAnalyzer().tokenStream(IndexSchema.PLAIN, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
