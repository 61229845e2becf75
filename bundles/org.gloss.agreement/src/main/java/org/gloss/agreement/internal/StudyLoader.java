package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gloss.agreement.internal.AgreementErrors;
import org.gloss.api.agreement.VirtualCoder;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.model.Document;
import org.gloss.model.Turn;

/**
 * Reads a study from a project: the named coders, codes and documents (all codes and documents
 * when none are named). A document that one of the coders has not coded at all is not yet coded
 * by that coder rather than coded as "nothing here", so it is left out, unless
 * {@code allDocuments} asks for every document (docs/agreement.md, "Which documents").
 */
final class StudyLoader {
    private StudyLoader() {
    }

    static Study load(ProjectSession session, List<String> coderNames, List<String> codeNames, List<String> documentNames,
                      boolean allDocuments) {
        return load(session, coderNames, codeNames, documentNames, allDocuments, List.of());
    }

    /**
     * A study in which some coders are virtual: their codings are given, not read (a virtual
     * coder's name must not be a coder of the project, so nothing is compared with itself). A
     * virtual coder has seen every document in scope, so it never leaves a document out.
     */
    static Study load(ProjectSession session, List<String> coderNames, List<String> codeNames, List<String> documentNames,
                      boolean allDocuments, List<VirtualCoder> virtualCoders) {
        List<String> coders = checkCoders(coderNames);
        Map<String, VirtualCoder> virtual = new HashMap<>();
        for (VirtualCoder v : virtualCoders) {
            if (session.coders().find(v.name()).isPresent()) {
                throw AgreementErrors.virtualCoderExists(v.name());
            }
            virtual.put(v.name(), v);
        }
        BlindCoding.requireVisible(session, coders.stream().filter(c -> !virtual.containsKey(c)).toList());
        List<Coder> coderRecords = new ArrayList<>();
        for (String name : coders) {
            coderRecords.add(virtual.containsKey(name) ? null : session.coders().get(name));
        }
        List<Study.CodeRef> codes = new ArrayList<>();
        if (codeNames == null || codeNames.isEmpty()) {
            for (Code c : session.codebook().list()) {
                codes.add(new Study.CodeRef(c.id(), c.name()));
            }
        } else {
            for (String name : codeNames) {
                Code c = session.codebook().get(name);
                codes.add(new Study.CodeRef(c.id(), c.name()));
            }
        }
        if (codes.isEmpty()) {
            throw AgreementErrors.noCodes();
        }
        List<Study.DocumentRef> documents = new ArrayList<>();
        if (documentNames == null || documentNames.isEmpty()) {
            for (Document d : session.documents().list()) {
                documents.add(new Study.DocumentRef(d.id(), d.name(), d.length()));
            }
        } else {
            for (String name : documentNames) {
                Document d = session.documents().get(name);
                documents.add(new Study.DocumentRef(d.id(), d.name(), d.length()));
            }
        }
        Set<Long> codeIds = new HashSet<>();
        codes.forEach(c -> codeIds.add(c.id()));
        Set<Long> documentIds = new HashSet<>();
        documents.forEach(d -> documentIds.add(d.id()));
        Coverage.Builder coverage = Coverage.builder(coders.size());
        List<Set<Long>> codedBy = new ArrayList<>();
        for (int c = 0; c < coderRecords.size(); c++) {
            Set<Long> coded = new HashSet<>();
            codedBy.add(coded);
            VirtualCoder v = virtual.get(coders.get(c));
            if (v != null) {
                coded.addAll(documentIds);
                for (VirtualCoder.Span span : v.codings()) {
                    if (codeIds.contains(span.codeId()) && documentIds.contains(span.documentId())) {
                        coverage.add(span.codeId(), span.documentId(), c, span.start(), span.end());
                    }
                }
                continue;
            }
            for (Coding coding : session.codings().list(new CodingFilter(null, null, coderRecords.get(c).id()))) {
                coded.add(coding.documentId());
                if (codeIds.contains(coding.codeId()) && documentIds.contains(coding.documentId())) {
                    coverage.add(coding.codeId(), coding.documentId(), c, coding.start(), coding.end());
                }
            }
        }
        List<Study.LeftOut> leftOut = new ArrayList<>();
        if (!allDocuments) {
            List<Study.DocumentRef> covered = new ArrayList<>();
            for (Study.DocumentRef document : documents) {
                List<String> notCodedBy = new ArrayList<>();
                for (int c = 0; c < coders.size(); c++) {
                    if (!codedBy.get(c).contains(document.id())) {
                        notCodedBy.add(coders.get(c));
                    }
                }
                if (notCodedBy.isEmpty()) {
                    covered.add(document);
                } else {
                    leftOut.add(new Study.LeftOut(document.name(), notCodedBy));
                }
            }
            if (covered.isEmpty() && !documents.isEmpty()) {
                throw AgreementErrors.noDocumentCodedByAll(coders, leftOut.size());
            }
            documents = covered;
        }
        Map<Long, String> texts = new HashMap<>();
        return new Study(coders, codes, documents, coverage.build(),
                id -> texts.computeIfAbsent(id, session.documents()::text), id -> turns(session, id), leftOut);
    }

    private static int[] turns(ProjectSession session, long documentId) {
        List<Turn> turns = session.documents().turns(documentId);
        int[] spans = new int[turns.size() * 2];
        for (int i = 0; i < turns.size(); i++) {
            spans[2 * i] = turns.get(i).span().start();
            spans[2 * i + 1] = turns.get(i).span().end();
        }
        return spans;
    }

    static List<String> checkCoders(List<String> names) {
        if (names == null || names.size() < 2) {
            throw AgreementErrors.tooFewCoders(names == null ? 0 : names.size());
        }
        if (names.size() > BoundarySweep.MAX_LAYERS - 1) {
            throw AgreementErrors.tooManyCoders(names.size(), BoundarySweep.MAX_LAYERS - 1);
        }
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw AgreementErrors.duplicateCoder(n);
            }
        }
        return List.copyOf(names);
    }
}
