package org.gloss.analysis.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gloss.api.error.GlossException;
import org.junit.jupiter.api.Test;

class QueryParserTest {
    private static String tree(String query) {
        return show(QueryParser.parse(query));
    }

    private static String show(QueryNode node) {
        if (node instanceof QueryNode.CodeRef ref) {
            return (ref.exact() ? "=" : "") + ref.name();
        }
        if (node instanceof QueryNode.Or or) {
            return "(" + show(or.left()) + " | " + show(or.right()) + ")";
        }
        if (node instanceof QueryNode.And and) {
            return "(" + show(and.left()) + " & " + show(and.right()) + ")";
        }
        if (node instanceof QueryNode.Minus minus) {
            return "(" + show(minus.left()) + " - " + show(minus.right()) + ")";
        }
        if (node instanceof QueryNode.Not not) {
            return "!" + show(not.operand());
        }
        QueryNode.Relation r = (QueryNode.Relation) node;
        String distance = r.distance() == null ? "" : "/" + r.distance().amount() + " " + r.distance().unit();
        return "(" + show(r.left()) + " " + r.kind() + distance + " " + show(r.right()) + ")";
    }

    @Test
    void precedenceIsRelationsThenNotThenAndThenOr() {
        assertThat(tree("a OR b AND c")).isEqualTo("(a | (b & c))");
        assertThat(tree("a AND b OVERLAPS c")).isEqualTo("(a & (b OVERLAPS c))");
        assertThat(tree("a NOT b OR c")).isEqualTo("((a - b) | c)");
        assertThat(tree("a AND NOT b WITHIN c")).isEqualTo("(a - (b WITHIN c))");
        assertThat(tree("NOT a OVERLAPS b")).isEqualTo("!(a OVERLAPS b)");
        assertThat(tree("(a OR b) AND c")).isEqualTo("((a | b) & c)");
        assertThat(tree("a OVERLAPS b WITHIN c")).isEqualTo("((a OVERLAPS b) WITHIN c)");
    }

    @Test
    void distancesInCodePointsSentencesParagraphs() {
        assertThat(tree("a NEAR/10 b")).isEqualTo("(a NEAR/10 CODE_POINTS b)");
        assertThat(tree("a NEAR/1s b")).isEqualTo("(a NEAR/1 SENTENCES b)");
        assertThat(tree("a NEAR/0p b")).isEqualTo("(a NEAR/0 PARAGRAPHS b)");
        assertThat(tree("a FOLLOWED BY b")).isEqualTo("(a FOLLOWED_BY/null CODE_POINTS b)");
        assertThat(tree("a FOLLOWED BY/2s b")).isEqualTo("(a FOLLOWED_BY/2 SENTENCES b)");
    }

    @Test
    void namesAreQuotedBareOrExact() {
        assertThat(tree("\"debt concern\" AND =\"two-way road\" OR =Economy OR two-way"))
                .isEqualTo("(((debt concern & =two-way road) | =Economy) | two-way)");
        assertThat(tree("\"say \\\"no\\\"\"")).isEqualTo("say \"no\"");
        assertThat(tree("=AND OR \"OR\"")).isEqualTo("(=AND | OR)");
        assertThat(tree("and OR or")).isEqualTo("(and | or)");
        assertThat(tree("қарыз AND 中国")).isEqualTo("(қарыз & 中国)");
    }

    @Test
    void malformedQueriesNameTheColumnInCodePoints() {
        expectError("", "empty code query");
        expectError("a AND", "at column 6: the query ends where a code name or '(' is expected");
        expectError("(a OR b", "at column 1: '(' is not closed");
        expectError("a OR b)", "at column 7: ')' without a matching '('");
        expectError("a b", "at column 3: expected an operator");
        expectError("a NEAR b", "at column 3: NEAR needs a distance");
        expectError("a NEAR/x b", "'NEAR/x' is not a distance");
        expectError("a FOLLOWED b", "at column 12: FOLLOWED must be followed by BY");
        expectError("\"open", "at column 1: the quoted code name is not closed");
        expectError("😀😀 AND \"x", "at column 8: the quoted code name is not closed");
        expectError("a AND = b", "at column 7: '=' must be followed by a code name");
        expectError("a OR AND b", "at column 6: expected a code name or '(' before AND");
        expectError("a AND \"\"", "empty code name");
    }

    @Test
    void hostilyDeepQueriesAreRefusedInOneLineNotByOverflowingTheStack() {
        String tooDeep = "at most " + QueryParser.MAX_DEPTH;
        expectError("(".repeat(100_000) + "a" + ")".repeat(100_000), "at column " + (QueryParser.MAX_DEPTH + 1) + ": the query nests more than");
        expectError("NOT ".repeat(100_000) + "a", tooDeep);
        expectError("a" + " OR a".repeat(100_000), tooDeep);
        expectError("a" + " AND NOT a".repeat(100_000), tooDeep);
        expectError("a" + " NEAR/1 a".repeat(100_000), tooDeep);
        expectError("a" + " OR (a".repeat(100_000) + ")".repeat(100_000), tooDeep);
        // as deep as allowed still parses: a chain of 200 codes, 199 operators
        int codes = QueryParser.MAX_DEPTH;
        assertThat(QueryParser.codes(QueryParser.parse("a" + " OR a".repeat(codes - 1)))).hasSize(codes);
        assertThat(QueryParser.codes(QueryParser.parse("(".repeat(QueryParser.MAX_DEPTH) + "a" + ")".repeat(QueryParser.MAX_DEPTH)))).hasSize(1);
        assertThat(tree("NOT ".repeat(QueryParser.MAX_DEPTH - 1) + "a")).startsWith("!!!");
    }

    private static void expectError(String query, String message) {
        assertThatThrownBy(() -> QueryParser.parse(query)).isInstanceOf(GlossException.class).hasMessageContaining(message);
    }
}
