package org.gloss.analysis.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.model.Document;

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

    private ProjectData(ProjectSession session, List<Document> documents, CodeTree codes, List<Coder> coders) {
        this.session = session;
        this.documents = documents;
        this.codes = codes;
        this.coders = coders;
        for (int i = 0; i < documents.size(); i++) {
            documentIndex.put(documents.get(i).id(), i);
            documentByName.put(documents.get(i).name(), i);
        }
        for (int i = 0; i < coders.size(); i++) {
            coderIndex.put(coders.get(i).id(), i);
            coderByName.put(coders.get(i).name(), i);
        }
        texts = new Texts(session, documents);
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
            codings = readCodings();
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
