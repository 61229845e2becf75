package org.gloss.search.lucene.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.gloss.api.search.QueryMode;
import org.gloss.api.store.ProjectSession;
import org.gloss.search.lucene.internal.errors.SearchErrors;
import org.gloss.search.lucene.internal.index.CharSpan;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Literal and regular-expression search: scans the stored text itself, so it finds exactly what
 * is written, punctuation, case and all, which word-based index search cannot.
 * <p>
 * Patterns are RE2 ({@link UserRegex}): matching is linear in the text, never recursive, so no
 * pattern can overflow the stack or backtrack for ages. Its cost per character still grows with
 * the pattern's size (RE2/J simulates the automaton: time is text length times program size), so
 * a pattern with large bounded repetitions ({@code [a-z]{1,1000}[a-z]{1,1000}q}) can take minutes
 * on a large project. The scan therefore keeps a time budget, {@link #BASE_BUDGET_NANOS} plus
 * {@link #NANOS_PER_CHAR} for every character scanned, generous for any ordinary pattern, and
 * stops with an error when it is spent.
 */
final class TextScanner {
    static final long BASE_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** 1 µs per character: 100 MB of text may take 100 s more, ten times what a linear pattern needs. */
    static final long NANOS_PER_CHAR = 1_000;

    private TextScanner() {
    }

    static Pattern compile(String typed, QueryMode mode) {
        if (typed.isEmpty()) {
            throw SearchErrors.emptyQuery();
        }
        // stored text is NFC: so must the pattern be, or a decomposed "é" never matches
        String text = Normalizer.normalize(typed, Normalizer.Form.NFC);
        if (mode == QueryMode.LITERAL) {
            return Pattern.compile(Pattern.quote(text));
        }
        return UserRegex.compile(text);
    }

    /** UTF-16 spans of every non-empty, non-overlapping match, per document id. */
    static Map<Long, List<CharSpan>> scan(ProjectSession project, List<DocumentRef> documents, String typed,
                                          Pattern pattern, Map<Long, String> texts) {
        return scan(project, documents, typed, pattern, texts, BASE_BUDGET_NANOS);
    }

    /** @param typed the pattern as the user typed it, for messages */
    static Map<Long, List<CharSpan>> scan(ProjectSession project, List<DocumentRef> documents, String typed,
                                          Pattern pattern, Map<Long, String> texts, long baseBudgetNanos) {
        Map<Long, List<CharSpan>> spans = new HashMap<>();
        long started = System.nanoTime();
        long deadline = started + baseBudgetNanos;
        for (DocumentRef d : documents) {
            String text = project.documents().text(d.id());
            deadline += NANOS_PER_CHAR * text.length();
            Matcher m = pattern.matcher(new Deadline(text, deadline));
            List<CharSpan> found = new ArrayList<>();
            try {
                while (m.find()) {
                    if (m.end() > m.start()) {
                        found.add(new CharSpan(m.start(), m.end()));
                    }
                }
            } catch (Deadline.Passed e) {
                throw SearchErrors.regexTooSlow(typed,
                        Math.max(1, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)), d.name());
            }
            if (!found.isEmpty()) {
                spans.put(d.id(), found);
                texts.put(d.id(), text);
            }
        }
        return spans;
    }

    /** The text, as the matcher reads it, with a clock: every few thousand reads check the deadline. */
    private static final class Deadline implements CharSequence {
        private static final int CHECK_EVERY = 1 << 12;

        static final class Passed extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Passed() {
                super(null, null, false, false);
            }
        }

        private final String text;
        private final long deadline;
        private int reads;

        Deadline(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if (++reads == CHECK_EVERY) {
                reads = 0;
                if (System.nanoTime() - deadline > 0) {
                    throw new Passed();
                }
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
