package org.gloss.search.lucene.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gloss.api.error.GlossException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed queries give one clear message with a column, never the parser's internals. */
class QueryCompilerTest {
    private static String error(String query) {
        try {
            QueryCompiler.compile(query, true);
        } catch (GlossException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + query);
    }

    @Test
    void unbalancedQuotesAndParentheses() {
        assertThat(error("debt \"two-way road")).isEqualTo(
                "malformed query 'debt \"two-way road' at column 6: the phrase that starts here has no closing '\"'");
        assertThat(error("(debt OR loan")).isEqualTo("malformed query '(debt OR loan' at column 1: this '(' is never closed");
        assertThat(error("debt) OR loan")).isEqualTo("malformed query 'debt) OR loan' at column 5: ')' closes no '('");
    }

    @Test
    void operatorsInTheWrongPlace() {
        assertThat(error("debt AND")).isEqualTo("malformed query 'debt AND' at column 9: the query ends too early after 'AND'; "
                + "AND must stand between two words or phrases");
        assertThat(error("debt OR OR loan")).isEqualTo("malformed query 'debt OR OR loan' at column 9: unexpected 'OR'; "
                + "OR must stand between two words or phrases");
        assertThat(error("NOT debt")).startsWith("malformed query 'NOT debt': it only excludes words");
    }

    @Test
    void fieldSyntaxAndEscapes() {
        assertThat(error("Aigerim: debt")).startsWith("malformed query 'Aigerim: debt' at column 1: 'Aigerim:' looks like a field search");
        assertThat(error("debt\\")).startsWith("malformed query 'debt\\' at column");
        assertThat(error("   ")).isEqualTo("empty query: give at least one word, phrase or pattern");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"debt AND", "(debt", "debt)", "\"debt", "a:b", "debt\\", "~", "^2", "debt OR OR",
            "[a TO", "{a TO b", "/regex", "debt~x", "AND", "-", "+", "*:*x", "\"a\"~", "debt^"})
    void noMessageMentionsLuceneOrItsTokenNames(String query) {
        String message;
        try {
            QueryCompiler.compile(query, true);
            return; // some of these are valid: then there is nothing to check
        } catch (GlossException e) {
            message = e.getMessage();
        }
        assertThat(message).startsWith("malformed query '" + query + "'")
                .doesNotContain("Lucene", "lucene", "<EOF>", "Cannot parse", "Encountered", "<TERM>", "Exception");
    }

    @Test
    void validQueriesCompile() {
        for (String q : new String[] {"debt", "\"two-way road\"", "tajik*", "ro?d", "debt AND china", "debt OR долг",
                "debt NOT china", "\"debt China\"~5", "credit~", "(a OR b) AND c", "Aigerim\\: debt", "+debt -china"}) {
            assertThat(QueryCompiler.compile(q, true).query()).as(q).isNotNull();
        }
        assertThatThrownBy(() -> QueryCompiler.compile("", false)).isInstanceOf(GlossException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "debt AND China OR credit|(debt AND China) OR credit",
            "credit OR debt AND China|credit OR (debt AND China)",
            "a AND b c|(a AND b) c",
            "a AND NOT b OR c|(a AND NOT b) OR c",
            "\"debt AND x\" AND y OR z|(\"debt AND x\" AND y) OR z",
            "(a AND b OR c) AND d|((a AND b) OR c) AND d",
            "a && b OR c|(a && b) OR c",
            "[a TO c] AND b OR \"x y\"~2|([a TO c] AND b) OR \"x y\"~2",
            "+a -b AND c|+a (-b AND c)",
            "a\\ AND b OR c|a\\ AND b OR c",
            "a\\\\ AND b OR c|(a\\\\ AND b) OR c",
            "debt and China or credit|debt and China or credit",
            "a AND b AND c|a AND b AND c",
            "a OR b|a OR b"})
    void andBindsTighterThanOrInTheRewrittenQuery(String typed, String rewritten) {
        assertThat(AndBeforeOr.rewrite(typed)).isEqualTo(rewritten);
    }
}
