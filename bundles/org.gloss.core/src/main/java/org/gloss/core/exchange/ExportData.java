package org.gloss.core.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.gloss.api.exporter.ExportRequest;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeValue;
import org.gloss.model.Code;
import org.gloss.model.CodePaths;
import org.gloss.model.CodePointText;
import org.gloss.model.CodeTree;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.model.Document;

/**
 * A project read once for an export: documents, codebook (with paths), coders and the codings in
 * scope, with the documents' texts loaded on first use. Every exporter needs the same lookups, so
 * they live here rather than in each format's bundle.
 */
public final class ExportData {
    private final ProjectSession project;
    private final List<Document> documents;
    private final Map<Long, Document> documentsById;
    private final List<Code> codes;
    private final Map<Long, Code> codesById;
    private final CodePaths paths;
    private final List<Coder> coders;
    private final Map<Long, Coder> codersById;
    private final List<Coding> codings;
    private final Map<Long, CodePointText> texts = new HashMap<>();

    private ExportData(ProjectSession project, CodingFilter filter) {
        this.project = project;
        List<Document> allDocuments = project.documents().list();
        this.documents = filter.documentId() == null ? allDocuments
                : allDocuments.stream().filter(d -> d.id() == filter.documentId()).toList();
        this.documentsById = allDocuments.stream().collect(Collectors.toMap(Document::id, Function.identity()));
        this.codes = project.codebook().list();
        this.codesById = codes.stream().collect(Collectors.toMap(Code::id, Function.identity()));
        this.paths = new CodePaths(codes);
        this.coders = project.coders().list();
        this.codersById = coders.stream().collect(Collectors.toMap(Coder::id, Function.identity()));
        this.codings = project.codings().list(filter);
    }

    /** Reads the project for the request's scope; unknown names in the scope are errors. */
    public static ExportData load(ProjectSession project, ExportRequest request) {
        return new ExportData(project, request.scope().resolve(project));
    }

    public ProjectSession project() {
        return project;
    }

    /** The documents in scope (all, or the one named by {@code --doc}), in id order. */
    public List<Document> documents() {
        return documents;
    }

    public Document document(long id) {
        return documentsById.get(id);
    }

    /** Every code of the codebook. */
    public List<Code> codes() {
        return codes;
    }

    public Code code(long id) {
        return codesById.get(id);
    }

    /** The codes in tree order: each parent followed by its children (each level by name). */
    public List<Code> codesInTreeOrder() {
        return new CodeTree(codes).preorder(Comparator.comparing(Code::name)).stream().map(CodeTree.Entry::code).toList();
    }

    /** Depth of a code in the tree, 0 for top-level codes. */
    public int depth(Code code) {
        return paths.names(code).size() - 1;
    }

    /** "Parent > Child". */
    public String path(long codeId) {
        return paths.path(codeId);
    }

    /** The top-level ancestor of a code (the code itself when it is top-level). */
    public Code topLevel(long codeId) {
        Code current = codesById.get(codeId);
        int guard = codes.size() + 1;
        while (current.parentId() != null && codesById.containsKey(current.parentId()) && guard-- > 0) {
            current = codesById.get(current.parentId());
        }
        return current;
    }

    public List<Coder> coders() {
        return coders;
    }

    public Coder coder(long id) {
        return codersById.get(id);
    }

    /** The codings in scope, ordered by document, start, end, id. */
    public List<Coding> codings() {
        return codings;
    }

    /** A document's stored text, addressed by code points. */
    public CodePointText text(long documentId) {
        return texts.computeIfAbsent(documentId, id -> new CodePointText(project.documents().text(id)));
    }

    /** Exactly the code points a coding covers. */
    public String coveredText(Coding coding) {
        return text(coding.documentId()).substring(coding.start(), coding.end());
    }

    /** Every attribute key used by the documents in scope, sorted. */
    public List<String> attributeKeys() {
        TreeSet<String> keys = new TreeSet<>();
        documents.forEach(d -> keys.addAll(d.attributes().keySet()));
        return List.copyOf(keys);
    }

    /** A document's value of an attribute, or "" when it has none. */
    public String attribute(long documentId, String key) {
        AttributeValue value = documentsById.get(documentId).attributes().get(key);
        return value == null ? "" : value.value();
    }

    /** Codings in scope per code id and coder id. */
    public Map<Long, Map<Long, Integer>> countsByCodeAndCoder() {
        Map<Long, Map<Long, Integer>> counts = new LinkedHashMap<>();
        for (Coding c : codings) {
            counts.computeIfAbsent(c.codeId(), k -> new HashMap<>()).merge(c.coderId(), 1, Integer::sum);
        }
        return counts;
    }
}
