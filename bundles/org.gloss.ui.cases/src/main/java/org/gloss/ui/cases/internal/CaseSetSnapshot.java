package org.gloss.ui.cases.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cases.CaseText;
import org.gloss.core.cases.SetMembership;
import org.gloss.model.Case;
import org.gloss.model.Coding;
import org.gloss.model.Document;
import org.gloss.model.DocumentSet;
import org.gloss.model.IntervalSet;

/**
 * What the Cases &amp; Sets view shows, read from the store at once: each case with its coded
 * segments (the codings overlapping its text, as {@code gloss case list} counts them) and each set
 * with the documents it holds now (a smart set's condition evaluated now).
 */
record CaseSetSnapshot(List<Document> documents, List<CaseRow> cases, List<SetRow> sets, ProjectSession session) {
    record CaseRow(Case value, long codedSegments) {
    }

    /** @param problem why a smart set's condition cannot be evaluated (null when it can) */
    record SetRow(DocumentSet value, List<Long> documents, String problem) {
    }

    static CaseSetSnapshot read(ProjectSession session) {
        List<Document> documents = session.documents().list();
        Map<Long, Integer> lengths = new HashMap<>();
        documents.forEach(d -> lengths.put(d.id(), d.length()));
        List<Case> cases = session.cases().list();
        List<Coding> codings = cases.isEmpty() ? List.of() : session.codings().list(CodingFilter.ALL);
        List<CaseRow> caseRows = new ArrayList<>();
        for (Case c : cases) {
            Map<Long, IntervalSet> text = CaseText.regions(c, lengths);
            long coded = codings.stream().filter(k -> CaseText.overlaps(text, k.documentId(), k.start(), k.end())).count();
            caseRows.add(new CaseRow(c, coded));
        }
        List<SetRow> setRows = new ArrayList<>();
        for (DocumentSet set : session.sets().list()) {
            try {
                Set<Long> members = SetMembership.documents(set, documents);
                setRows.add(new SetRow(set, List.copyOf(members), null));
            } catch (GlossException e) {
                setRows.add(new SetRow(set, List.of(), e.getMessage()));
            }
        }
        return new CaseSetSnapshot(documents, caseRows, setRows, session);
    }

    static CaseSetSnapshot empty() {
        return new CaseSetSnapshot(List.of(), List.of(), List.of(), null);
    }

    /** The text of a range (code points), read when the tree is built. */
    String excerpt(long documentId, int start, int end) {
        if (session == null) {
            return "";
        }
        String text = session.documents().text(documentId);
        int length = text.codePointCount(0, text.length());
        int from = text.offsetByCodePoints(0, Math.min(start, length));
        int to = text.offsetByCodePoints(0, Math.min(end, length));
        return text.substring(from, to);
    }

    String documentName(long id) {
        return documents.stream().filter(d -> d.id() == id).map(Document::name).findFirst().orElse("document " + id);
    }
}
