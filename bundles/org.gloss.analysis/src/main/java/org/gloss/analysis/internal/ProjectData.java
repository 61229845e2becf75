package org.gloss.analysis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.DocumentCondition;
import org.gloss.api.analysis.InCase;
import org.gloss.api.analysis.InSet;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.core.cases.CaseSetScope;
import org.gloss.model.Document;
import org.gloss.model.IntervalSet;

/**
 * What analyses need of a project, read once: documents (store order), the codebook, coders and
 * (when an analysis first needs them) every coding, grouped by document. Texts stay in the store
 * until an analysis asks.
 */
final class ProjectData {
    final ProjectSession session;
    final List<Document> documents;
    final CodeTree codes;
    final List<Coder> coders;
    private final Map<Long, Integer> documentIndex = new HashMap<>();
    private final Map<String, Integer> documentByName = new HashMap<>();
    private final Map<String, Integer> coderByName = new HashMap<>();
    private final Map<Long, Integer> coderIndex = new HashMap<>();
    /** Read on first use: word analyses of whole documents never need them. */
    private DocumentCodings[] codings;
    final Texts texts;
    /** The project as read, for a view narrowed to cases and sets; null for the project as read. */
    private final ProjectData whole;
    /** The cases and sets this view is narrowed to; everything for the project as read. */
    final CaseSetScope caseScope;

    private ProjectData(ProjectSession session, List<Document> documents, CodeTree codes, List<Coder> coders) {
        this(session, documents, codes, coders, null, CaseSetScope.EVERYTHING);
    }

    private ProjectData(ProjectSession session, List<Document> documents, CodeTree codes, List<Coder> coders,
                        ProjectData whole, CaseSetScope caseScope) {
        this.session = session;
        this.documents = documents;
        this.codes = codes;
        this.coders = coders;
        this.whole = whole;
        this.caseScope = caseScope;
        for (int i = 0; i < documents.size(); i++) {
            documentIndex.put(documents.get(i).id(), i);
            documentByName.put(documents.get(i).name(), i);
        }
        for (int i = 0; i < coders.size(); i++) {
            coderIndex.put(coders.get(i).id(), i);
            coderByName.put(coders.get(i).name(), i);
        }
        texts = whole == null ? new Texts(session, documents) : whole.texts;
    }

    /**
     * This project narrowed to the filter's cases and sets ({@link InCase}, {@link InSet}
     * conditions): only codings that overlap the cases' text, and the documents in scope as
     * {@link CaseSetScope} says. Without such conditions, this project itself.
     */
    ProjectData within(AnalysisFilter filter) {
        List<String> cases = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        for (DocumentCondition condition : filter.documents()) {
            if (condition instanceof InCase c) {
                cases.add(c.name());
            } else if (condition instanceof InSet s) {
                sets.add(s.name());
            }
        }
        return cases.isEmpty() && sets.isEmpty() ? this : narrowedTo(CaseSetScope.of(session, cases, sets));
    }

    /** This project seen through a scope of cases and sets. */
    ProjectData narrowedTo(CaseSetScope scope) {
        ProjectData root = whole == null ? this : whole;
        return new ProjectData(session, documents, codes, coders, root, scope);
    }

    /** The codings of one document that overlap the cases' text. */
    private DocumentCodings narrowed(int document) {
        DocumentCodings all = whole.codings(document);
        long id = documents.get(document).id();
        if (!caseScope.includesDocument(id)) {
            return DocumentCodings.NONE;
        }
        if (!caseScope.limitsText()) {
            return all;
        }
        DocumentCodings kept = new DocumentCodings();
        for (int i = 0; i < all.size; i++) {
            if (caseScope.includes(id, all.start[i], all.end[i])) {
                kept.add(all.ids[i], all.code[i], all.coder[i], all.start[i], all.end[i]);
            }
        }
        return kept.size == 0 ? DocumentCodings.NONE : kept;
    }

    /**
     * The code points of {@code coded} that are in this view: all of them, or those inside the
     * cases' text. A coding overlapping a case counts whole as a segment, but its code points
     * outside the case are not the case's coded text: a share of the cases' text stays a share
     * (a coding reaching past a short speaker turn once made it 440 %).
     */
    long codedLength(int document, IntervalSet coded) {
        IntervalSet regions = caseScope == null ? null : caseScope.regions(documents.get(document).id());
        return regions == null ? coded.coveredLength() : coded.intersectionLength(regions);
    }

    /** The code points of a document in this view: its length, or the length of the cases' text in it. */
    long scopedLength(int document) {
        IntervalSet regions = caseScope.regions(documents.get(document).id());
        return regions == null ? length(document) : regions.coveredLength();
    }

    private DocumentCodings[] readCodings() {
        DocumentCodings[] codings = new DocumentCodings[documents.size()];
        for (Coding c : session.codings().list(CodingFilter.ALL)) {
            Integer d = documentIndex.get(c.documentId());
            Integer coder = coderIndex.get(c.coderId());
            int code = codes.indexOf(c.codeId());
            if (d == null || coder == null || code < 0) {
                continue; // written after the listings were read
            }
            if (codings[d] == null) {
                codings[d] = new DocumentCodings();
            }
            codings[d].add(c.id(), code, coder, c.start(), c.end());
        }
        return codings;
    }

    static ProjectData read(ProjectSession session) {
        List<Document> documents = session.documents().list();
        CodeTree codes = new CodeTree(session.codebook().list());
        List<Coder> coders = session.coders().list();
        return new ProjectData(session, documents, codes, coders);
    }

    DocumentCodings codings(int document) {
        if (codings == null) {
            codings = whole == null ? readCodings() : new DocumentCodings[documents.size()];
        }
        if (whole != null) {
            if (codings[document] == null) {
                codings[document] = narrowed(document);
            }
            return codings[document];
        }
        DocumentCodings c = codings[document];
        return c == null ? DocumentCodings.NONE : c;
    }

    int documentCount() {
        return documents.size();
    }

    Document document(int index) {
        return documents.get(index);
    }

    int length(int document) {
        return documents.get(document).length();
    }

    Integer documentNamed(String name) {
        return documentByName.get(name);
    }

    Integer coderNamed(String name) {
        return coderByName.get(name);
    }

    String coderName(int index) {
        return coders.get(index).name();
    }
}
