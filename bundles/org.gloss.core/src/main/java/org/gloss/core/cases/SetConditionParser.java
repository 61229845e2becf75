package org.gloss.core.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gloss.api.analysis.AttributeEquals;
import org.gloss.api.analysis.AttributeRange;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;

/** Reads {@link SetCondition}s by recursive descent: or := and (OR and)*, and := not (AND not)*, not := NOT not | ( or ) | compare. */
final class SetConditionParser {
    private enum Kind { WORD, QUOTED, OPEN, CLOSE, EQ, GE, LE, END }

    private record Token(Kind kind, String text, int column) {
        boolean isKeyword(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }
    }

    private final String written;
    private final List<Token> tokens;
    private int next;

    SetConditionParser(String written) {
        this.written = written;
        this.tokens = tokenize(written);
    }

    SetCondition parse() {
        if (tokens.get(0).kind() == Kind.END) {
            throw CaseErrors.badCondition(written, "it is empty");
        }
        SetCondition condition = or();
        Token rest = tokens.get(next);
        if (rest.kind() != Kind.END) {
            throw error(rest, rest.kind() == Kind.CLOSE ? "a ')' without its '('" : "expected AND, OR or the end, found '" + rest.text() + "'");
        }
        return condition;
    }

    private SetCondition or() {
        SetCondition first = and();
        if (!tokens.get(next).isKeyword("OR")) {
            return first;
        }
        List<SetCondition> parts = SetCondition.listOf(first);
        while (tokens.get(next).isKeyword("OR")) {
            next++;
            parts.add(and());
        }
        return new SetCondition.Any(parts);
    }

    private SetCondition and() {
        SetCondition first = not();
        if (!tokens.get(next).isKeyword("AND")) {
            return first;
        }
        List<SetCondition> parts = SetCondition.listOf(first);
        while (tokens.get(next).isKeyword("AND")) {
            next++;
            parts.add(not());
        }
        return new SetCondition.All(parts);
    }

    private SetCondition not() {
        Token token = tokens.get(next);
        if (token.isKeyword("NOT")) {
            next++;
            return new SetCondition.Not(not());
        }
        if (token.kind() == Kind.OPEN) {
            next++;
            SetCondition inner = or();
            if (tokens.get(next).kind() != Kind.CLOSE) {
                throw error(tokens.get(next), "a '(' is never closed");
            }
            next++;
            return inner;
        }
        return compare();
    }

    private SetCondition compare() {
        Token key = tokens.get(next);
        if (key.kind() != Kind.WORD && key.kind() != Kind.QUOTED || isKeyword(key)) {
            throw error(key, key.kind() == Kind.END ? "a comparison is missing at the end" : "expected an attribute name, found '" + key.text() + "'");
        }
        Token operator = tokens.get(next + 1);
        if (operator.kind() != Kind.EQ && operator.kind() != Kind.GE && operator.kind() != Kind.LE) {
            throw error(operator, "expected =, >= or <= after '" + key.text() + "'");
        }
        Token value = tokens.get(next + 2);
        if (value.kind() != Kind.WORD && value.kind() != Kind.QUOTED) {
            throw error(value, "expected a value after '" + key.text() + operator.text() + "'");
        }
        next += 3;
        String k = key.text().strip();
        String v = value.text().strip();
        if (k.isEmpty()) {
            throw error(key, "an attribute name is empty");
        }
        switch (operator.kind()) {
            case GE:
                return new SetCondition.Compare(new AttributeRange(k, bound(key, v), null));
            case LE:
                return new SetCondition.Compare(new AttributeRange(k, null, bound(key, v)));
            default:
                if (value.kind() == Kind.WORD) {
                    int dots = v.indexOf("..");
                    if (dots >= 0) {
                        String min = v.substring(0, dots);
                        String max = v.substring(dots + 2);
                        if (min.isEmpty() && max.isEmpty()) {
                            throw error(value, "a range needs at least one bound");
                        }
                        AttributeRange range = new AttributeRange(k, min.isEmpty() ? null : bound(key, min),
                                max.isEmpty() ? null : bound(key, max));
                        if (AttributeMatching.boundsType(range) == null) {
                            throw error(value, "the bounds of '" + k + "' are not both numbers or both dates");
                        }
                        return new SetCondition.Compare(range);
                    }
                }
                return new SetCondition.Compare(new AttributeEquals(k, v));
        }
    }

    /** A bound of a comparison must be a number or a yyyy-MM-dd date: text has no order here. */
    private String bound(Token key, String bound) {
        if (AttributeValue.infer(bound).type() == AttributeType.TEXT) {
            throw CaseErrors.badCondition(written, "'" + key.text() + "' is compared with '" + bound
                    + "', which is neither a number nor a date (yyyy-MM-dd)");
        }
        return bound;
    }

    private static boolean isKeyword(Token token) {
        return token.kind() == Kind.WORD && List.of("AND", "OR", "NOT").contains(token.text().toUpperCase(Locale.ROOT));
    }

    private org.gloss.api.error.GlossException error(Token at, String problem) {
        return CaseErrors.badCondition(written, problem + " (at column " + (at.column() + 1) + ")");
    }

    private List<Token> tokenize(String text) {
        List<Token> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                found.add(new Token(Kind.OPEN, "(", i++));
            } else if (c == ')') {
                found.add(new Token(Kind.CLOSE, ")", i++));
            } else if (c == '=') {
                found.add(new Token(Kind.EQ, "=", i++));
            } else if ((c == '>' || c == '<') && i + 1 < text.length() && text.charAt(i + 1) == '=') {
                found.add(new Token(c == '>' ? Kind.GE : Kind.LE, c + "=", i));
                i += 2;
            } else if (c == '>' || c == '<') {
                throw CaseErrors.badCondition(written, "'" + c + "' alone is not an operator: write " + c
                        + "= (bounds are inclusive) (at column " + (i + 1) + ")");
            } else if (c == '"') {
                int start = i;
                StringBuilder quoted = new StringBuilder();
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw CaseErrors.badCondition(written, "a quoted name or value is never closed (at column " + (start + 1) + ")");
                    }
                    if (text.charAt(i) == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            quoted.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    quoted.append(text.charAt(i++));
                }
                found.add(new Token(Kind.QUOTED, quoted.toString(), start));
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "()=<>\"".indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                found.add(new Token(Kind.WORD, text.substring(start, i), start));
            }
        }
        found.add(new Token(Kind.END, "", text.length()));
        return found;
    }
}
