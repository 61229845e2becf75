package org.gloss.search.lucene.internal.query;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.gloss.api.error.GlossException;
import org.gloss.search.lucene.internal.errors.SearchErrors;
import org.gloss.search.lucene.internal.index.IndexSchema;

/**
 * Turns the user's query into a Lucene query, or into a {@link GlossException} that says what is
 * wrong and at which column (1-based), in the researcher's terms rather than the parser's.
 */
public final class QueryCompiler {
    private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");

    private QueryCompiler() {
    }

    /** A parsed query and the index fields its hits are reported from. */
    public record CompiledQuery(Query query, List<String> textFields) {
    }

    public static CompiledQuery compile(String typed, boolean stemming) {
        if (typed.isBlank()) {
            throw SearchErrors.emptyQuery();
        }
        // stored text is NFC (see StoredText); a query typed or pasted decomposed (e + U+0301, as
        // macOS often gives it) must find the same words
        String text = Normalizer.normalize(typed, Normalizer.Form.NFC);
        checkQuotesAndParentheses(text);
        List<String> wordFields = stemming ? IndexSchema.stemmedFields() : List.of(IndexSchema.PLAIN);
        List<String> textFields = new ArrayList<>(wordFields);
        if (!textFields.contains(IndexSchema.PLAIN)) {
            textFields.add(IndexSchema.PLAIN);
        }
        Query query = parse(text, text, wordFields);
        String grouped = AndBeforeOr.rewrite(text);
        if (!grouped.equals(text)) {
            query = parse(text, grouped, wordFields);
        }
        if (query == null || query instanceof MatchNoDocsQuery
                || query instanceof BooleanQuery bq && bq.clauses().isEmpty()) {
            throw SearchErrors.noWords(text);
        }
        if (onlyExclusions(query)) {
            throw SearchErrors.malformedQuery(text, 0,
                    "it only excludes words (NOT or -); add a word or phrase to search for, e.g. 'debt NOT China'");
        }
        return new CompiledQuery(query, List.copyOf(textFields));
    }

    /** Parses {@code parsed} (the typed query or its rewriting); errors name the {@code typed} one. */
    private static Query parse(String typed, String parsed, List<String> wordFields) {
        try {
            return new GlossQueryParser(wordFields).parse(parsed);
        } catch (ParseException e) {
            throw translate(typed, e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw SearchErrors.queryTooBroad(typed, "more than " + IndexSearcher.getMaxClauseCount() + " terms");
        } catch (IllegalArgumentException | StackOverflowError e) {
            // Lucene's automata refuse patterns beyond their limits ("automaton is too large")
            throw SearchErrors.queryTooComplex(typed, "a wildcard, fuzzy or /regular expression/ term is too long or too complex");
        }
    }

    private static boolean onlyExclusions(Query query) {
        if (!(query instanceof BooleanQuery bq) || bq.clauses().isEmpty()) {
            return false;
        }
        return bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT);
    }

    /** Unbalanced quotes and parentheses, found before the parser gives a vaguer message. */
    private static void checkQuotesAndParentheses(String text) {
        Deque<Integer> open = new ArrayDeque<>();
        int quoteAt = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '"') {
                quoteAt = quoteAt < 0 ? i : -1;
            } else if (quoteAt < 0 && c == '(') {
                open.push(i);
            } else if (quoteAt < 0 && c == ')') {
                if (open.isEmpty()) {
                    throw SearchErrors.malformedQuery(text, i + 1, "')' closes no '('");
                }
                open.pop();
            }
        }
        if (quoteAt >= 0) {
            throw SearchErrors.malformedQuery(text, quoteAt + 1, "the phrase that starts here has no closing '\"'");
        }
        if (!open.isEmpty()) {
            throw SearchErrors.malformedQuery(text, open.peek() + 1, "this '(' is never closed");
        }
    }

    private static GlossException translate(String text, ParseException wrapped) {
        Throwable cause = wrapped.getCause() != null ? wrapped.getCause() : wrapped;
        if (cause instanceof GlossQueryParser.UnknownFieldException unknown) {
            int at = text.indexOf(unknown.field + ":");
            return SearchErrors.malformedQuery(text, at + 1, "'" + unknown.field
                    + ":' looks like a field search, which Gloss does not have; to search for the colon, "
                    + "put the words in quotes or write '\\:'");
        }
        if (cause instanceof GlossQueryParser.PatternTooLongException tooLong) {
            return SearchErrors.queryTooComplex(text, "the pattern '" + SearchErrors.abbreviate(tooLong.pattern, 20)
                    + "' is longer than any word can be (" + GlossQueryParser.MAX_WORD_LENGTH + " characters)");
        }
        if (cause instanceof IndexSearcher.TooManyClauses) {
            return SearchErrors.queryTooBroad(text, "more than " + IndexSearcher.getMaxClauseCount() + " terms");
        }
        if (cause instanceof TokenMgrError lexical) {
            Matcher m = LEXICAL_COLUMN.matcher(String.valueOf(lexical.getMessage()));
            int column = m.find() ? Integer.parseInt(m.group(1)) : 0;
            return SearchErrors.malformedQuery(text, column,
                    "cannot read the query here (a '\\' must be followed by the character it escapes)");
        }
        if (cause instanceof ParseException parse && parse.currentToken != null && parse.currentToken.next != null) {
            Token bad = parse.currentToken.next;
            if (bad.kind == QueryParserConstants.EOF) {
                String last = parse.currentToken.image;
                return SearchErrors.malformedQuery(text, text.length() + 1,
                        "the query ends too early" + (last == null || last.isEmpty() ? "" : " after '" + last + "'")
                                + hint(last));
            }
            return SearchErrors.malformedQuery(text, bad.beginColumn + 1, "unexpected '" + bad.image + "'" + hint(bad.image));
        }
        String message = String.valueOf(cause.getMessage());
        int colon = message.indexOf("': ");
        return SearchErrors.malformedQuery(text, 0, colon >= 0 ? message.substring(colon + 3) : message);
    }

    private static String hint(String image) {
        if (image == null) {
            return "";
        }
        return switch (image) {
            case "AND", "OR", "&&", "||" -> "; " + image + " must stand between two words or phrases";
            case "NOT", "!", "-", "+" -> "; " + image + " must be followed by a word or phrase";
            case "~", "^" -> "; '" + image + "' must follow a word or phrase, e.g. credit~ or \"debt China\"~5";
            case ":" -> "; Gloss has no field searches, write '\\:' to search for a colon";
            default -> image.startsWith("/") ? "; '/' starts a regular expression, write '\\/' to search for it" : "";
        };
    }
}
