package org.gloss.analysis.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.store.ProjectSession;
import org.gloss.model.CodePointText;
import org.gloss.model.Document;
import org.gloss.model.TextUnits;

/**
 * Document texts read from the store on demand, the most recently used kept, and the sentence and
 * paragraph units of each (small, kept for every document asked for).
 */
final class Texts {
    private static final int KEPT_TEXTS = 64;

    private final ProjectSession session;
    private final List<Document> documents;
    private final Map<Integer, CodePointText> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, CodePointText> eldest) {
            return size() > KEPT_TEXTS;
        }
    };
    private final Map<Integer, int[]> sentences = new HashMap<>();
    private final Map<Integer, int[]> paragraphs = new HashMap<>();

    Texts(ProjectSession session, List<Document> documents) {
        this.session = session;
        this.documents = documents;
    }

    CodePointText text(int document) {
        return recent.computeIfAbsent(document, d -> new CodePointText(session.documents().text(documents.get(d).id())));
    }

    /** Sentence spans (pairs) of a document, see {@link TextUnits#sentences}. */
    int[] sentences(int document) {
        return sentences.computeIfAbsent(document, d -> TextUnits.sentences(text(d).text()));
    }

    /** Paragraph spans (pairs) of a document, see {@link TextUnits#paragraphs}. */
    int[] paragraphs(int document) {
        return paragraphs.computeIfAbsent(document, d -> TextUnits.paragraphs(text(d).text()));
    }
}
