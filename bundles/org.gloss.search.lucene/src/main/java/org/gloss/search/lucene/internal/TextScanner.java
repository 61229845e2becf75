package org.gloss.search.lucene.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.gloss.api.search.QueryMode;
import org.gloss.api.search.SearchErrors;
import org.gloss.api.store.ProjectSession;
import org.gloss.search.lucene.internal.index.CharSpan;

/**
 * Literal and regular-expression search: scans the stored text itself, so it finds exactly what
 * is written, punctuation, case and all, which word-based index search cannot.
 */
final class TextScanner {
    private TextScanner() {
    }

    static Pattern compile(String text, QueryMode mode) {
        if (text.isEmpty()) {
            throw SearchErrors.emptyQuery();
        }
        if (mode == QueryMode.LITERAL) {
            return Pattern.compile(text, Pattern.LITERAL);
        }
        try {
            return Pattern.compile(text, Pattern.MULTILINE | Pattern.UNICODE_CHARACTER_CLASS);
        } catch (PatternSyntaxException e) {
            throw SearchErrors.malformedRegex(text, e.getIndex(), e.getDescription());
        }
    }

    /** UTF-16 spans of every non-empty, non-overlapping match, per document id. */
    static Map<Long, List<CharSpan>> scan(ProjectSession project, List<DocumentRef> documents, Pattern pattern,
                                          Map<Long, String> texts) {
        Map<Long, List<CharSpan>> spans = new HashMap<>();
        for (DocumentRef d : documents) {
            String text = project.documents().text(d.id());
            Matcher m = pattern.matcher(text);
            List<CharSpan> found = new ArrayList<>();
            while (m.find()) {
                if (m.end() > m.start()) {
                    found.add(new CharSpan(m.start(), m.end()));
                }
            }
            if (!found.isEmpty()) {
                spans.put(d.id(), found);
                texts.put(d.id(), text);
            }
        }
        return spans;
    }
}
