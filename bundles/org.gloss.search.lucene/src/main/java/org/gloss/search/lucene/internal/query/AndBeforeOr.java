package org.gloss.search.lucene.internal.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives AND precedence over OR, as researchers (and most search tools) read a query: "debt AND
 * China OR credit" is "(debt AND China) OR credit". Lucene's classic parser has no precedence: it
 * would make that "+debt China credit", where a passage about credit alone is not found. This
 * rewrites the query text by putting every chain of operands joined by AND in parentheses, at each
 * level where AND and OR (explicit or implied by a space) are mixed; other queries are left as
 * they are. Quotes, escapes, ranges and /regexps/ are copied unchanged.
 */
final class AndBeforeOr {
    private final String text;
    private int at;

    private AndBeforeOr(String text) {
        this.text = text;
    }

    /** The query with AND chains parenthesized; call only with a query that parses. */
    static String rewrite(String query) {
        AndBeforeOr rewriter = new AndBeforeOr(query);
        return rewriter.group();
    }

    private enum Kind { OPERAND, AND, OR, NOT }

    private record Item(Kind kind, String text) {
    }

    /** Reads items up to the closing parenthesis of this level (or the end) and joins them. */
    private String group() {
        List<Item> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (at >= text.length()) {
                break;
            }
            char c = text.charAt(at);
            if (c == ')') {
                break;
            }
            String word = operator();
            if (word != null) {
                items.add(new Item(switch (word) {
                    case "AND", "&&" -> Kind.AND;
                    case "OR", "||" -> Kind.OR;
                    default -> Kind.NOT;
                }, word));
            } else {
                items.add(new Item(Kind.OPERAND, operand()));
            }
        }
        return join(items);
    }

    /** An operator word standing alone at the cursor (consumed), or null. */
    private String operator() {
        for (String op : List.of("AND", "OR", "NOT", "&&", "||")) {
            if (text.startsWith(op, at) && endsToken(at + op.length())) {
                at += op.length();
                return op;
            }
        }
        if (text.charAt(at) == '!' && endsToken(at + 1)) {
            at++;
            return "!";
        }
        return null;
    }

    private boolean endsToken(int i) {
        return i >= text.length() || Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '(' || text.charAt(i) == ')';
    }

    /** One operand with its prefix (+ - !) and suffix (~N ^N): a word, phrase, range, regexp or group. */
    private String operand() {
        int start = at;
        while (at < text.length() && "+-!".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        StringBuilder out = new StringBuilder(text.substring(start, at));
        if (at < text.length() && text.charAt(at) == '(') {
            at++;
            String inner = group();
            if (at < text.length() && text.charAt(at) == ')') {
                at++;
            }
            out.append('(').append(inner).append(')');
            start = at;
        } else {
            start = at;
            readBody();
        }
        // suffixes and the rest of the token (e.g. ~5 after a phrase or group)
        while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && text.charAt(at) != ')'
                && text.charAt(at) != '(') {
            skipOne();
        }
        return out.append(text, start, at).toString();
    }

    private void readBody() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c) || c == '(' || c == ')') {
                return;
            }
            skipOne();
        }
    }

    /** Moves past one character, or past a whole escape, phrase, range or regexp. */
    private void skipOne() {
        char c = text.charAt(at);
        switch (c) {
            case '\\' -> at = Math.min(text.length(), at + 2);
            case '"' -> at = closing('"', at + 1);
            case '[', '{' -> at = closing(c == '[' ? ']' : '}', at + 1, '}', ']');
            case '/' -> at = closing('/', at + 1);
            default -> at++;
        }
    }

    private int closing(char close, int from, char... alternatives) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == close || new String(alternatives).indexOf(c) >= 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    /** Joins the items of one level, parenthesizing AND chains when OR is mixed in. */
    private static String join(List<Item> items) {
        // operands with their NOT prefixes, and the connective before each operand after the first
        List<String> operands = new ArrayList<>();
        List<Kind> connectives = new ArrayList<>();
        List<String> connectiveTexts = new ArrayList<>();
        Kind pending = null;
        String pendingText = null;
        StringBuilder nots = new StringBuilder();
        for (Item item : items) {
            switch (item.kind()) {
                case AND, OR -> {
                    pending = item.kind();
                    pendingText = item.text();
                }
                case NOT -> nots.append(item.text()).append(' ');
                case OPERAND -> {
                    if (!operands.isEmpty()) {
                        connectives.add(pending == null ? Kind.OR : pending);
                        connectiveTexts.add(pendingText);
                    }
                    operands.add(nots + item.text());
                    nots.setLength(0);
                    pending = null;
                    pendingText = null;
                }
            }
        }
        boolean mixed = connectives.contains(Kind.AND) && connectives.contains(Kind.OR);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < operands.size()) {
            int j = i;
            while (mixed && j < connectives.size() && connectives.get(j) == Kind.AND) {
                j++;
            }
            if (i > 0) {
                String connective = connectiveTexts.get(i - 1);
                out.append(connective == null ? " " : " " + connective + " ");
            }
            if (j > i) {
                out.append('(').append(operands.get(i));
                for (int k = i + 1; k <= j; k++) {
                    out.append(' ').append(connectiveTexts.get(k - 1)).append(' ').append(operands.get(k));
                }
                out.append(')');
            } else {
                out.append(operands.get(i));
            }
            i = j + 1;
        }
        return out.toString();
    }
}
