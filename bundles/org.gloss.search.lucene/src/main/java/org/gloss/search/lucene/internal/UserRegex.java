package org.gloss.search.lucene.internal;

import java.util.ArrayDeque;
import java.util.Deque;

import org.gloss.search.lucene.internal.errors.SearchErrors;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * A regular expression typed by a user, compiled with RE2/J: matching takes time linear in the
 * text (no backtracking, no recursion), so no pattern can overflow the stack or run for ages the
 * way {@code (\w|\s)+} or {@code (a|aa)*c} do in {@code java.util.regex}.
 * <p>
 * Two things are added to RE2's syntax:
 * <ul>
 * <li>{@code \w \d \s} (and {@code \W \D \S}) are Unicode-aware, as they were with Java's
 * {@code UNICODE_CHARACTER_CLASS}: {@code \w+} finds "кредит" and "қарыз", not only ASCII words.
 * RE2 itself defines them as ASCII.</li>
 * <li>The size of the compiled program is bounded before RE2/J builds it: RE2/J (unlike RE2 in
 * C++) has no memory limit, and {@code ((a{1000}){1000}){1000}} would run out of memory.</li>
 * </ul>
 * What RE2 does not have (back-references, look-around, possessive quantifiers) is a syntax error
 * naming the construct.
 */
final class UserRegex {
    /** Upper bound on the compiled program (in RE2 instructions, roughly): 100,000 is a few MB. */
    static final long MAX_PROGRAM_SIZE = 100_000;

    private static final String WORD = "\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}";
    private static final String DIGIT = "\\p{Nd}";
    /** Java's Unicode white space: \t-\r, U+0085 and the Z categories (spaces, line and paragraph separators). */
    private static final String SPACE = "\\t-\\r\\x{85}\\p{Z}";

    private final String typed;
    private final StringBuilder out = new StringBuilder();
    private final Deque<long[]> groups = new ArrayDeque<>();
    /** {completed items of the current branch, size of the last item, summed earlier branches} */
    private long[] current = new long[3];

    private UserRegex(String typed) {
        this.typed = typed;
    }

    /** Compiles the pattern for multi-line scanning of stored text; a bad pattern is a user error. */
    static Pattern compile(String typed) {
        UserRegex regex = new UserRegex(typed);
        String translated = regex.translate();
        try {
            Pattern.compile(typed); // reports syntax errors in the user's own terms
            return Pattern.compile(translated, Pattern.MULTILINE);
        } catch (PatternSyntaxException e) {
            throw SearchErrors.malformedRegex(typed, -1, describe(e));
        }
    }

    private static String describe(PatternSyntaxException e) {
        String description = e.getDescription();
        String fragment = e.getPattern();
        return fragment == null || fragment.isEmpty() ? description : description + " `" + fragment + "`";
    }

    private String translate() {
        int i = 0;
        boolean inClass = false;
        int classStart = -1;
        while (i < typed.length()) {
            char c = typed.charAt(i);
            if (c == '\\' && i + 1 < typed.length()) {
                char next = typed.charAt(i + 1);
                if (next == 'Q') {
                    int end = typed.indexOf("\\E", i + 2);
                    int stop = end < 0 ? typed.length() : end + 2;
                    out.append(typed, i, stop);
                    if (!inClass) {
                        atom(Math.max(1, stop - i));
                    }
                    i = stop;
                    continue;
                }
                appendEscape(next, inClass);
                i += 2;
                if (!inClass) {
                    atom(1);
                }
                continue;
            }
            if (inClass) {
                out.append(c);
                if (c == '[' && i + 1 < typed.length() && typed.charAt(i + 1) == ':') {
                    int end = typed.indexOf(":]", i + 2);
                    if (end > 0) {
                        out.append(typed, i + 1, end + 2);
                        i = end + 2;
                        continue;
                    }
                }
                if (c == ']' && i > classStart) {
                    inClass = false;
                    atom(1);
                }
                i++;
                continue;
            }
            switch (c) {
                case '[' -> {
                    inClass = true;
                    out.append(c);
                    i++;
                    if (i < typed.length() && typed.charAt(i) == '^') {
                        out.append('^');
                        i++;
                    }
                    // a ']' right after '[' or '[^' is a literal member
                    classStart = i;
                    continue;
                }
                case '(' -> {
                    i = openGroup(i);
                    continue;
                }
                case ')' -> closeGroup();
                case '|' -> {
                    current[2] += current[0] + current[1] + 1;
                    current[0] = 0;
                    current[1] = 0;
                }
                case '*', '+', '?' -> current[1] += 1;
                case '{' -> {
                    int end = typed.indexOf('}', i);
                    long count = end < 0 ? -1 : repeatCount(typed.substring(i + 1, end));
                    if (count >= 0) {
                        out.append(typed, i, end + 1);
                        current[1] = saturated(current[1] * Math.max(1, count));
                        check();
                        i = end + 1;
                        continue;
                    }
                    atom(1);
                }
                default -> atom(1);
            }
            out.append(c);
            i++;
        }
        while (!groups.isEmpty()) {
            closeGroup(); // unbalanced: RE2/J reports it, the size is only estimated
        }
        return out.toString();
    }

    /** Copies "(", "(?:", "(?i)", "(?P<name>" or "(?<name>"; returns the index after it. */
    private int openGroup(int i) {
        int j = i + 1;
        if (j < typed.length() && typed.charAt(j) == '?') {
            int k = j + 1;
            if (k < typed.length() && (typed.charAt(k) == '<' || typed.startsWith("P<", k))) {
                int end = typed.indexOf('>', k);
                j = end < 0 ? typed.length() : end + 1;
            } else {
                while (k < typed.length() && typed.charAt(k) != ':' && typed.charAt(k) != ')') {
                    k++;
                }
                if (k < typed.length() && typed.charAt(k) == ')') {
                    out.append(typed, i, k + 1); // flags only, e.g. (?i): no group
                    return k + 1;
                }
                j = Math.min(typed.length(), k + 1);
            }
        }
        out.append(typed, i, j);
        groups.push(current);
        current = new long[3];
        return j;
    }

    private void closeGroup() {
        long size = saturated(current[0] + current[1] + current[2] + 1);
        current = groups.isEmpty() ? new long[3] : groups.pop();
        current[0] = saturated(current[0] + current[1]);
        current[1] = size;
        check();
    }

    private void atom(long size) {
        current[0] = saturated(current[0] + current[1]);
        current[1] = size;
        check();
    }

    private void check() {
        long total = saturated(current[0] + current[1] + current[2]);
        for (long[] group : groups) {
            total = saturated(total + group[0] + group[1] + group[2]);
        }
        if (total > MAX_PROGRAM_SIZE) {
            throw SearchErrors.queryTooComplex(typed, "its repetitions expand to more than "
                    + MAX_PROGRAM_SIZE + " steps; use fewer or smaller {n,m} counts");
        }
    }

    /** The larger count of {n}, {n,} or {n,m}; -1 when the braces are not a repetition. */
    private static long repeatCount(String inside) {
        if (!inside.matches("\\d{1,9}(,\\d{0,9})?")) {
            return -1;
        }
        String[] parts = inside.split(",", -1);
        long min = Long.parseLong(parts[0]);
        if (parts.length == 1) {
            return min;
        }
        return parts[1].isEmpty() ? min + 1 : Math.max(min, Long.parseLong(parts[1]));
    }

    private static long saturated(long value) {
        return value < 0 || value > Long.MAX_VALUE / 2000 ? Long.MAX_VALUE / 2000 : value;
    }

    private void appendEscape(char letter, boolean inClass) {
        switch (letter) {
            case 'w' -> out.append(inClass ? WORD : "[" + WORD + "]");
            case 'd' -> out.append(inClass ? DIGIT : "\\p{Nd}");
            case 's' -> out.append(inClass ? SPACE : "[" + SPACE + "]");
            case 'D' -> out.append("\\P{Nd}");
            case 'W', 'S' -> {
                if (inClass) {
                    throw SearchErrors.malformedRegex(typed, -1, "\\" + letter
                            + " inside [...] is not supported; write the class negated, e.g. [^\\w] or [^\\s]");
                }
                out.append("[^").append(letter == 'W' ? WORD : SPACE).append(']');
            }
            default -> out.append('\\').append(letter);
        }
    }
}
