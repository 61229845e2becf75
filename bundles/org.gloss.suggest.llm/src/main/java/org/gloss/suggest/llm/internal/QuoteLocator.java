package org.gloss.suggest.llm.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a model's quotes in the text it was sent. A quote matches where the text has it exactly,
 * or has it with other white space between its words (models re-wrap lines); nothing else counts,
 * so a paraphrase or an invented passage is not found. The same quote given again for the same code
 * matches its next occurrence (its first again when there is none). Offsets are returned in code
 * points of the chunk.
 */
final class QuoteLocator {
    private final String chunk;
    /** Per code and quote, the char index from which its next occurrence is sought. */
    private final Map<String, Integer> next = new HashMap<>();

    QuoteLocator(String chunk) {
        this.chunk = chunk;
    }

    /** [start, end) in code points of the chunk, or null when the quote is not in it. */
    int[] locate(String code, String quote) {
        String wanted = quote.strip();
        if (wanted.isEmpty()) {
            return null;
        }
        String key = code + '\u0000' + wanted;
        int[] found = find(wanted, next.getOrDefault(key, 0));
        if (found == null && next.containsKey(key)) {
            found = find(wanted, 0);
        }
        if (found == null) {
            return null;
        }
        next.put(key, found[1]);
        int start = found[0];
        int end = found[1];
        int cpStart = chunk.codePointCount(0, start);
        return new int[] {cpStart, cpStart + chunk.codePointCount(start, end)};
    }

    /** [start, end) in chars of the first occurrence at or after {@code from}, exact or with other white space. */
    private int[] find(String wanted, int from) {
        int start = chunk.indexOf(wanted, from);
        if (start >= 0) {
            return new int[] {start, start + wanted.length()};
        }
        Matcher m = flexible(wanted).matcher(chunk);
        return m.find(from) ? new int[] {m.start(), m.end()} : null;
    }

    private static Pattern flexible(String quote) {
        StringBuilder regex = new StringBuilder();
        for (String word : quote.split("\\s+")) {
            if (regex.length() > 0) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(word));
        }
        return Pattern.compile(regex.toString());
    }
}
