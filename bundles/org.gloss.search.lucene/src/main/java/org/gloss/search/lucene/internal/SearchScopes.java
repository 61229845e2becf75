package org.gloss.search.lucene.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gloss.api.search.SearchErrors;
import org.gloss.api.search.SearchScope;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.AttributeValue;
import org.gloss.model.Coding;
import org.gloss.model.Document;
import org.gloss.model.TextSpan;

/**
 * A {@link SearchScope} resolved against the store: the documents to search, in the store's
 * order, and, when hits must lie inside codings, the coded spans of each document.
 */
final class SearchScopes {
    private SearchScopes() {
    }

    /**
     * @param documents   the documents in scope, in result order
     * @param codedSpans  per document id, the spans hits must lie in; null when any position will do
     */
    record Resolved(List<Document> documents, Set<Long> ids, Map<Long, List<TextSpan>> codedSpans) {
        boolean accepts(long documentId) {
            return ids.contains(documentId);
        }

        /** Whether a hit at these code points is in scope. */
        boolean accepts(long documentId, int start, int end) {
            if (codedSpans == null) {
                return true;
            }
            for (TextSpan span : codedSpans.getOrDefault(documentId, List.of())) {
                if (span.start() <= start && end <= span.end()) {
                    return true;
                }
            }
            return false;
        }
    }

    static Resolved resolve(ProjectSession project, List<Document> all, SearchScope scope) {
        if (scope.speaker() != null) {
            throw SearchErrors.speakersUnsupported();
        }
        Set<Long> named = null;
        if (!scope.documents().isEmpty()) {
            named = new HashSet<>();
            for (String name : scope.documents()) {
                named.add(project.documents().get(name).id());
            }
        }
        Map<Long, List<TextSpan>> codedSpans = null;
        if (scope.insideCodings()) {
            Long codeId = scope.code() == null ? null : project.codebook().get(scope.code()).id();
            Long coderId = scope.coder() == null ? null : project.coders().get(scope.coder()).id();
            codedSpans = new HashMap<>();
            for (Coding c : project.codings().list(new CodingFilter(null, codeId, coderId))) {
                codedSpans.computeIfAbsent(c.documentId(), id -> new ArrayList<>()).add(c.span());
            }
        }
        List<Document> documents = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        for (Document d : all) {
            if (named != null && !named.contains(d.id())) {
                continue;
            }
            if (!hasAttributes(d, scope.attributes())) {
                continue;
            }
            if (codedSpans != null && !codedSpans.containsKey(d.id())) {
                continue;
            }
            documents.add(d);
            ids.add(d.id());
        }
        return new Resolved(documents, ids, codedSpans);
    }

    private static boolean hasAttributes(Document d, Map<String, String> wanted) {
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            AttributeValue value = d.attributes().get(e.getKey());
            if (value == null || !value.value().strip().equalsIgnoreCase(e.getValue().strip())) {
                return false;
            }
        }
        return true;
    }
}
