package org.gloss.analysis.internal.query;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Reads the code query language (docs/analysis.md):
 * <pre>
 * query    := and ( OR and )*
 * and      := negation ( ( AND | NOT ) negation )*        A NOT B is A AND NOT B
 * negation := NOT negation | relation
 * relation := operand ( ( OVERLAPS | WITHIN | NEAR/n[s|p] | FOLLOWED BY[/n[s|p]] ) operand )*
 * operand  := name | "quoted name" | =name | ="quoted name" | ( query )
 * </pre>
 * Operators are upper case (lower-case words are code names, as in the search language). A name
 * stands for the code and its sub-codes; {@code =name} for the code alone.
 */
public final class QueryParser {
    /** The operators, as completion offers them. */
    public static final List<String> KEYWORDS = List.of("AND", "OR", "NOT", "OVERLAPS", "WITHIN", "NEAR/", "FOLLOWED BY");
    /**
     * How deep a query may nest: parentheses, NOTs and chained operators ({@code A OR B OR C} is
     * two levels). Parsing and evaluating recurse once per level, so a hostile query of 100,000
     * parentheses would overflow the stack; no real query comes near this.
     */
    public static final int MAX_DEPTH = 200;
    private static final Pattern DISTANCE = Pattern.compile("/(\\d{1,9})([sp]?)");

    private final String text;
    private final List<Token> tokens;
    private final Map<QueryNode, Integer> depths = new IdentityHashMap<>();
    private int next;
    private int nesting;

    private QueryParser(String text) {
        this.text = text;
        this.tokens = new Lexer(text).tokens();
    }

    /** Parses a query, or throws a {@link org.gloss.api.error.GlossException} naming the column of the problem. */
    public static QueryNode parse(String text) {
        if (text == null || text.isBlank()) {
            throw QueryErrors.emptyQuery();
        }
        QueryParser parser = new QueryParser(text);
        QueryNode root = parser.or();
        Token rest = parser.peek();
        if (rest.type != Type.END) {
            String upper = rest.text.toUpperCase(java.util.Locale.ROOT);
            String hint = rest.type == Type.WORD && isOperator(upper) ? " (operators are written in capitals: " + upper + ")" : "";
            throw parser.error(rest, rest.type == Type.CLOSE ? "')' without a matching '('"
                    : "expected an operator (AND, OR, NOT, OVERLAPS, WITHIN, NEAR/n, FOLLOWED BY) before '" + rest.text + "'" + hint);
        }
        return root;
    }

    /** The codes a query names, in the order written. */
    public static List<QueryNode.CodeRef> codes(QueryNode node) {
        List<QueryNode.CodeRef> codes = new ArrayList<>();
        collect(node, codes);
        return codes;
    }

    private static void collect(QueryNode node, List<QueryNode.CodeRef> codes) {
        if (node instanceof QueryNode.CodeRef ref) {
            codes.add(ref);
        } else if (node instanceof QueryNode.Or or) {
            collect(or.left(), codes);
            collect(or.right(), codes);
        } else if (node instanceof QueryNode.And and) {
            collect(and.left(), codes);
            collect(and.right(), codes);
        } else if (node instanceof QueryNode.Minus minus) {
            collect(minus.left(), codes);
            collect(minus.right(), codes);
        } else if (node instanceof QueryNode.Not not) {
            collect(not.operand(), codes);
        } else if (node instanceof QueryNode.Relation relation) {
            collect(relation.left(), codes);
            collect(relation.right(), codes);
        }
    }

    private QueryNode or() {
        QueryNode left = and();
        while (peek().is("OR")) {
            Token operator = tokens.get(next++);
            left = deeper(operator, new QueryNode.Or(left, and()), left);
        }
        return left;
    }

    private QueryNode and() {
        QueryNode left = negation();
        while (true) {
            Token operator = peek();
            if (operator.is("AND")) {
                next++;
                if (peek().is("NOT")) {
                    next++;
                    left = deeper(operator, new QueryNode.Minus(left, negation()), left);
                } else {
                    left = deeper(operator, new QueryNode.And(left, negation()), left);
                }
            } else if (operator.is("NOT")) {
                next++;
                left = deeper(operator, new QueryNode.Minus(left, negation()), left);
            } else {
                return left;
            }
        }
    }

    private QueryNode negation() {
        Token not = peek();
        if (not.is("NOT")) {
            next++;
            enter(not);
            QueryNode operand = negation();
            nesting--;
            return deeper(not, new QueryNode.Not(operand), operand);
        }
        return relation();
    }

    private QueryNode relation() {
        QueryNode left = operand();
        while (true) {
            Token t = peek();
            if (t.is("OVERLAPS")) {
                next++;
                left = deeper(t, new QueryNode.Relation(QueryNode.Relation.Kind.OVERLAPS, left, operand(), null), left);
            } else if (t.is("WITHIN")) {
                next++;
                left = deeper(t, new QueryNode.Relation(QueryNode.Relation.Kind.WITHIN, left, operand(), null), left);
            } else if (t.type == Type.WORD && (t.text.equals("NEAR") || t.text.startsWith("NEAR/"))) {
                next++;
                QueryNode.Distance distance = distance(t, t.text.substring(4), false);
                left = deeper(t, new QueryNode.Relation(QueryNode.Relation.Kind.NEAR, left, operand(), distance), left);
            } else if (t.is("FOLLOWED")) {
                next++;
                Token by = peek();
                if (by.type != Type.WORD || !(by.text.equals("BY") || by.text.startsWith("BY/"))) {
                    throw error(by, "FOLLOWED must be followed by BY (FOLLOWED BY, or FOLLOWED BY/n)");
                }
                next++;
                QueryNode.Distance distance = distance(by, by.text.substring(2), true);
                left = deeper(t, new QueryNode.Relation(QueryNode.Relation.Kind.FOLLOWED_BY, left, operand(), distance), left);
            } else {
                return left;
            }
        }
    }

    private QueryNode.Distance distance(Token at, String suffix, boolean optional) {
        if (suffix.isEmpty()) {
            if (optional) {
                return QueryNode.Distance.UNLIMITED;
            }
            throw error(at, "NEAR needs a distance: NEAR/10 (code points), NEAR/1s (sentences) or NEAR/1p (paragraphs)");
        }
        Matcher m = DISTANCE.matcher(suffix);
        if (!m.matches()) {
            throw error(at, "'" + at.text + "' is not a distance: write /10 (code points), /1s (sentences) or /1p (paragraphs)");
        }
        QueryNode.Distance.Unit unit = switch (m.group(2)) {
            case "s" -> QueryNode.Distance.Unit.SENTENCES;
            case "p" -> QueryNode.Distance.Unit.PARAGRAPHS;
            default -> QueryNode.Distance.Unit.CODE_POINTS;
        };
        return new QueryNode.Distance(Integer.parseInt(m.group(1)), unit);
    }

    private QueryNode operand() {
        Token t = peek();
        switch (t.type) {
            case OPEN -> {
                next++;
                enter(t);
                QueryNode inner = or();
                nesting--;
                Token close = peek();
                if (close.type != Type.CLOSE) {
                    throw error(t, "'(' is not closed");
                }
                next++;
                return inner;
            }
            case NAME -> {
                next++;
                return new QueryNode.CodeRef(t.text, t.exact, t.column);
            }
            case WORD -> {
                if (isOperator(t.text)) {
                    throw error(t, "expected a code name or '(' before " + t.text);
                }
                next++;
                return new QueryNode.CodeRef(t.text, t.exact, t.column);
            }
            case END -> throw error(t, "the query ends where a code name or '(' is expected");
            default -> throw error(t, "expected a code name or '(' before ')'");
        }
    }

    private static boolean isOperator(String word) {
        return switch (word) {
            case "AND", "OR", "NOT", "OVERLAPS", "WITHIN", "FOLLOWED", "NEAR" -> true;
            default -> word.startsWith("NEAR/");
        };
    }

    /** One more level of parentheses or NOT, refused past {@link #MAX_DEPTH} before recursing. */
    private void enter(Token at) {
        if (++nesting > MAX_DEPTH) {
            throw tooDeep(at);
        }
    }

    /** Records a new operator node's depth (one more than its deepest operand), refused past {@link #MAX_DEPTH}. */
    private QueryNode deeper(Token at, QueryNode made, QueryNode first) {
        QueryNode second = first;
        if (made instanceof QueryNode.Or or) {
            second = or.right();
        } else if (made instanceof QueryNode.And and) {
            second = and.right();
        } else if (made instanceof QueryNode.Minus minus) {
            second = minus.right();
        } else if (made instanceof QueryNode.Relation relation) {
            second = relation.right();
        }
        int depth = 1 + Math.max(depths.getOrDefault(first, 1), depths.getOrDefault(second, 1));
        if (depth > MAX_DEPTH) {
            throw tooDeep(at);
        }
        depths.put(made, depth);
        return made;
    }

    private RuntimeException tooDeep(Token at) {
        return error(at, "the query nests more than " + MAX_DEPTH + " levels deep (parentheses, NOT and chained operators);"
                + " Gloss allows at most " + MAX_DEPTH);
    }

    private Token peek() {
        return tokens.get(next);
    }

    private RuntimeException error(Token at, String problem) {
        return QueryErrors.malformedQuery(text, at.column, problem);
    }

    enum Type {
        WORD, NAME, OPEN, CLOSE, END
    }

    /**
     * @param text   the word, or the code name of a quoted or = name
     * @param exact  written with = in front
     * @param column 1-based code point column where the token starts
     */
    record Token(Type type, String text, boolean exact, int column) {
        boolean is(String keyword) {
            return type == Type.WORD && !exact && text.equals(keyword);
        }
    }

    /** Splits a query into words, quoted names, parentheses. */
    private static final class Lexer {
        private final String text;
        private int at;

        Lexer(String text) {
            this.text = text;
        }

        List<Token> tokens() {
            List<Token> tokens = new ArrayList<>();
            while (true) {
                while (at < text.length() && Character.isWhitespace(text.codePointAt(at))) {
                    at += Character.charCount(text.codePointAt(at));
                }
                int column = column(at);
                if (at >= text.length()) {
                    tokens.add(new Token(Type.END, "", false, column));
                    return tokens;
                }
                char c = text.charAt(at);
                if (c == '(') {
                    at++;
                    tokens.add(new Token(Type.OPEN, "(", false, column));
                } else if (c == ')') {
                    at++;
                    tokens.add(new Token(Type.CLOSE, ")", false, column));
                } else {
                    boolean exact = c == '=';
                    if (exact) {
                        at++;
                        if (at >= text.length() || Character.isWhitespace(text.charAt(at)) || text.charAt(at) == '('
                                || text.charAt(at) == ')') {
                            throw QueryErrors.malformedQuery(text, column, "'=' must be followed by a code name (=name or =\"name\")");
                        }
                    }
                    if (text.charAt(at) == '"') {
                        tokens.add(new Token(Type.NAME, quoted(column), exact, column));
                    } else {
                        int start = at;
                        while (at < text.length() && !Character.isWhitespace(text.codePointAt(at)) && text.charAt(at) != '('
                                && text.charAt(at) != ')' && text.charAt(at) != '"') {
                            at += Character.charCount(text.codePointAt(at));
                        }
                        tokens.add(new Token(exact ? Type.NAME : Type.WORD, text.substring(start, at), exact, column));
                    }
                }
            }
        }

        /** A quoted name: backslash escapes a quote or a backslash. */
        private String quoted(int column) {
            StringBuilder name = new StringBuilder();
            at++;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    if (name.toString().isBlank()) {
                        throw QueryErrors.malformedQuery(text, column, "empty code name \"\"");
                    }
                    return name.toString();
                }
                if (c == '\\' && at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\\')) {
                    c = text.charAt(at++);
                }
                name.append(c);
            }
            throw QueryErrors.malformedQuery(text, column, "the quoted code name is not closed (missing \")");
        }

        private int column(int charIndex) {
            return text.codePointCount(0, Math.min(charIndex, text.length())) + 1;
        }
    }
}
