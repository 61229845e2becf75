package org.gloss.core.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

import org.gloss.api.search.SearchService;
import org.gloss.api.store.AdjudicationDecision;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.suggest.CodeDescription;
import org.gloss.api.suggest.CodeSpan;
import org.gloss.api.suggest.RejectedSuggestion;
import org.gloss.api.suggest.SuggestionDocument;
import org.gloss.api.suggest.TrainingDocument;
import org.gloss.api.suggest.TrainingSet;
import org.gloss.model.AttributeValue;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.model.Document;

/**
 * What suggesting needs from a project, read once: the codes and documents in scope (texts,
 * languages, speaker turns) and the named coders' codings of them. A coder has worked on a
 * document when they coded anything in it (with any code): only those documents teach what the
 * coder leaves uncoded.
 */
public final class ProjectMaterial {
    private final List<CodeDescription> codes;
    private final Map<String, Long> codeIds;
    private final List<SuggestionDocument> documents;
    private final Map<Long, SuggestionDocument> documentsById = new HashMap<>();
    /** coder -> document id -> the coder's codings of codes in scope (documents worked on only). */
    private final Map<String, Map<Long, List<CodeSpan>>> codings;
    /** Standing rejections of suggestions, of codes and documents in scope, by document id. */
    private final Map<Long, List<CodeSpan>> rejections;

    private ProjectMaterial(List<CodeDescription> codes, Map<String, Long> codeIds, List<SuggestionDocument> documents,
                            Map<String, Map<Long, List<CodeSpan>>> codings, Map<Long, List<CodeSpan>> rejections) {
        this.rejections = rejections;
        this.codes = List.copyOf(codes);
        this.codeIds = codeIds;
        this.documents = List.copyOf(documents);
        documents.forEach(d -> documentsById.put(d.id(), d));
        this.codings = codings;
    }

    /**
     * Reads the material. Unknown coders, codes or documents are errors naming them.
     *
     * @param codeNames     codes in scope; empty for every code
     * @param documentNames documents in scope; empty for every document
     */
    public static ProjectMaterial load(ProjectSession session, List<String> coders, List<String> codeNames,
                                       List<String> documentNames) {
        List<Code> codeList = new ArrayList<>();
        if (codeNames.isEmpty()) {
            codeList.addAll(session.codebook().list());
        } else {
            for (String name : new LinkedHashSet<>(codeNames)) {
                codeList.add(session.codebook().get(name));
            }
        }
        if (codeList.isEmpty()) {
            throw SuggestErrors.noCodes();
        }
        List<CodeDescription> codes = new ArrayList<>();
        Map<String, Long> codeIds = new LinkedHashMap<>();
        Map<Long, String> codeNamesById = new HashMap<>();
        for (Code code : codeList) {
            codes.add(new CodeDescription(code.name(), code.description()));
            codeIds.put(code.name(), code.id());
            codeNamesById.put(code.id(), code.name());
        }
        List<Document> documentList = new ArrayList<>();
        if (documentNames.isEmpty()) {
            documentList.addAll(session.documents().list());
        } else {
            for (String name : new LinkedHashSet<>(documentNames)) {
                documentList.add(session.documents().get(name));
            }
        }
        Map<String, Map<Long, List<CodeSpan>>> codings = new LinkedHashMap<>();
        Set<Long> inScope = new HashSet<>();
        documentList.forEach(d -> inScope.add(d.id()));
        for (String name : new LinkedHashSet<>(coders)) {
            Coder coder = session.coders().get(name);
            Map<Long, List<CodeSpan>> byDocument = new LinkedHashMap<>();
            for (Coding coding : session.codings().list(new CodingFilter(null, null, coder.id()))) {
                if (!inScope.contains(coding.documentId())) {
                    continue;
                }
                List<CodeSpan> spans = byDocument.computeIfAbsent(coding.documentId(), id -> new ArrayList<>());
                String code = codeNamesById.get(coding.codeId());
                if (code != null) {
                    spans.add(new CodeSpan(code, coding.start(), coding.end()));
                }
            }
            codings.put(name, byDocument);
        }
        Map<Long, AttributeValue> languages = session.documents().attributeValues(SearchService.LANGUAGE_ATTRIBUTE);
        List<SuggestionDocument> documents = new ArrayList<>();
        for (Document d : documentList) {
            AttributeValue language = languages.get(d.id());
            documents.add(new SuggestionDocument(d.id(), d.name(), session.documents().text(d.id()),
                    language == null ? null : language.value(), session.documents().turns(d.id())));
        }
        Map<String, Long> documentIds = new HashMap<>();
        documentList.forEach(d -> documentIds.put(d.name(), d.id()));
        Map<Long, List<CodeSpan>> rejections = new LinkedHashMap<>();
        for (AdjudicationDecision rejection : SuggestionDecisions.rejections(session.adjudications().list())) {
            Long document = documentIds.get(rejection.document());
            if (document != null && codeIds.containsKey(rejection.code())) {
                rejections.computeIfAbsent(document, id -> new ArrayList<>())
                        .add(new CodeSpan(rejection.code(), rejection.start(), rejection.end()));
            }
        }
        return new ProjectMaterial(codes, codeIds, documents, codings, rejections);
    }

    /** The codes in scope, in codebook order. */
    public List<CodeDescription> codes() {
        return codes;
    }

    /** Each code in scope's id, by name. */
    public Map<String, Long> codeIds() {
        return java.util.Collections.unmodifiableMap(codeIds);
    }

    /** The documents in scope, in the store's order. */
    public List<SuggestionDocument> documents() {
        return documents;
    }

    public SuggestionDocument document(long id) {
        return documentsById.get(id);
    }

    /** The documents in scope the coder worked on, in the store's order. */
    public List<Long> workedOn(String coder) {
        Map<Long, List<CodeSpan>> byDocument = codings.getOrDefault(coder, Map.of());
        return documents.stream().map(SuggestionDocument::id).filter(byDocument::containsKey).toList();
    }

    /** The coder's codings of codes in scope in a document (empty when they did not work on it). */
    public List<CodeSpan> codings(String coder, long documentId) {
        return codings.getOrDefault(coder, Map.of()).getOrDefault(documentId, List.of());
    }

    /** The standing rejections of suggestions in a document (codes in scope). */
    public List<CodeSpan> rejections(long documentId) {
        return rejections.getOrDefault(documentId, List.of());
    }

    /**
     * The coders' worked-on documents that pass {@code include}, one training document per coder
     * and document, and the suggestions people rejected in the documents that pass (whoever
     * worked on them): negative examples of their code.
     */
    public TrainingSet trainingSet(List<String> coders, LongPredicate include) {
        List<TrainingDocument> examples = new ArrayList<>();
        for (SuggestionDocument document : documents) {
            if (!include.test(document.id())) {
                continue;
            }
            for (String coder : coders) {
                Map<Long, List<CodeSpan>> byDocument = codings.getOrDefault(coder, Map.of());
                if (byDocument.containsKey(document.id())) {
                    examples.add(new TrainingDocument(document, coder, byDocument.get(document.id())));
                }
            }
        }
        List<RejectedSuggestion> rejected = new ArrayList<>();
        for (SuggestionDocument document : documents) {
            if (include.test(document.id())) {
                for (CodeSpan span : rejections(document.id())) {
                    rejected.add(new RejectedSuggestion(document, span.code(), span.start(), span.end()));
                }
            }
        }
        return new TrainingSet(codes, examples, rejected);
    }
}
