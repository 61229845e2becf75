package org.gloss.core.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gloss.api.store.ProjectSession;
import org.gloss.model.Case;
import org.gloss.model.Document;
import org.gloss.model.DocumentSet;
import org.gloss.model.IntervalSet;

/**
 * What {@code --case} and {@code --set} filters let through. Several cases are alternatives (their
 * texts are united), several sets are alternatives (a document of any of them); cases and sets
 * together must both hold. A document is in scope when it is in one of the sets and holds text of
 * one of the cases; a coding is in scope when its document is and it overlaps the cases' text by
 * at least one code point (the whole coding counts, also the part outside the case). Without
 * cases and sets everything is in scope. Smart sets are evaluated when the scope is made.
 */
public final class CaseSetScope {
    public static final CaseSetScope EVERYTHING = new CaseSetScope(null, null);

    /** Documents in scope by id, in store order; null when every document is. */
    private final Set<Long> documents;
    /** The cases' text per document; null when no case was given. */
    private final Map<Long, IntervalSet> caseText;

    private CaseSetScope(Set<Long> documents, Map<Long, IntervalSet> caseText) {
        this.documents = documents;
        this.caseText = caseText;
    }

    /**
     * The scope of cases and sets named by the user.
     *
     * @throws org.gloss.api.error.GlossException for an unknown case or set name
     */
    public static CaseSetScope of(ProjectSession session, List<String> caseNames, List<String> setNames) {
        if (caseNames.isEmpty() && setNames.isEmpty()) {
            return EVERYTHING;
        }
        List<Case> cases = new ArrayList<>();
        caseNames.forEach(name -> cases.add(session.cases().get(name)));
        List<DocumentSet> sets = new ArrayList<>();
        setNames.forEach(name -> sets.add(session.sets().get(name)));
        return of(session.documents().list(), cases, sets);
    }

    /** The scope of these cases and sets (empty lists: no condition of that kind) over these documents. */
    public static CaseSetScope of(List<Document> allDocuments, List<Case> cases, List<DocumentSet> sets) {
        if (cases.isEmpty() && sets.isEmpty()) {
            return EVERYTHING;
        }
        Set<Long> inScope = new LinkedHashSet<>();
        allDocuments.forEach(d -> inScope.add(d.id()));
        if (!sets.isEmpty()) {
            Set<Long> inSets = new LinkedHashSet<>();
            for (DocumentSet set : sets) {
                inSets.addAll(SetMembership.documents(set, allDocuments));
            }
            inScope.retainAll(inSets);
        }
        Map<Long, IntervalSet> text = null;
        if (!cases.isEmpty()) {
            Map<Long, Integer> lengths = new HashMap<>();
            allDocuments.forEach(d -> lengths.put(d.id(), d.length()));
            Map<Long, List<IntervalSet>> parts = new LinkedHashMap<>();
            for (Case c : cases) {
                CaseText.regions(c, lengths).forEach((doc, regions) -> parts.computeIfAbsent(doc, k -> new ArrayList<>()).add(regions));
            }
            text = new HashMap<>();
            for (Map.Entry<Long, List<IntervalSet>> e : parts.entrySet()) {
                IntervalSet united = IntervalSet.union(e.getValue());
                if (!united.isEmpty()) {
                    text.put(e.getKey(), united);
                }
            }
            inScope.retainAll(text.keySet());
        }
        return new CaseSetScope(inScope, text);
    }

    /**
     * This scope further limited to the text of these cases (united), as one column of a matrix by
     * case: a coding must overlap the text both say.
     *
     * @param cases at least one case
     */
    public CaseSetScope and(List<Case> cases, List<Document> allDocuments) {
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("no cases to limit the scope to");
        }
        CaseSetScope column = of(allDocuments, cases, List.of());
        Map<Long, IntervalSet> text = new HashMap<>();
        for (Map.Entry<Long, IntervalSet> e : column.caseText.entrySet()) {
            IntervalSet here = caseText == null ? e.getValue() : caseText.containsKey(e.getKey())
                    ? caseText.get(e.getKey()).intersect(e.getValue()) : IntervalSet.EMPTY;
            if (!here.isEmpty() && includesDocument(e.getKey())) {
                text.put(e.getKey(), here);
            }
        }
        Set<Long> inScope = new LinkedHashSet<>();
        for (Document d : allDocuments) {
            if (text.containsKey(d.id())) {
                inScope.add(d.id());
            }
        }
        return new CaseSetScope(inScope, text);
    }

    public boolean isEverything() {
        return documents == null;
    }

    public boolean includesDocument(long documentId) {
        return documents == null || documents.contains(documentId);
    }

    /** Whether a coding (or any span) of the document is in scope: see the class comment. */
    public boolean includes(long documentId, int start, int end) {
        if (!includesDocument(documentId)) {
            return false;
        }
        return caseText == null || CaseText.overlaps(caseText, documentId, start, end);
    }

    /**
     * The part of a document in scope: null for the whole document (no case given), else the
     * cases' text there (empty when the document is out of scope).
     */
    public IntervalSet regions(long documentId) {
        if (!includesDocument(documentId)) {
            return IntervalSet.EMPTY;
        }
        return caseText == null ? null : caseText.get(documentId);
    }

    /** Whether cases limit the text (not only the documents). */
    public boolean limitsText() {
        return caseText != null;
    }

    /** The documents in scope, by id in the order of the listing it was made from; empty set when none. */
    public Set<Long> documentIds(List<Document> allDocuments) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Document d : allDocuments) {
            if (includesDocument(d.id())) {
                ids.add(d.id());
            }
        }
        return ids;
    }
}
