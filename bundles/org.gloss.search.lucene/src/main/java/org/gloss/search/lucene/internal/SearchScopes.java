package org.gloss.search.lucene.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gloss.api.search.SearchScope;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.ProjectErrors;
import org.gloss.model.AttributeValue;
import org.gloss.model.Coding;
import org.gloss.model.Document;
import org.gloss.model.TextSpan;
import org.gloss.model.Turn;
import org.gloss.search.lucene.internal.errors.SearchErrors;

/**
 * A {@link SearchScope} resolved against the store: the documents to search, in the store's
 * order, and, when hits must lie inside codings, the coded spans of each document.
 */
final class SearchScopes {
    private SearchScopes() {
    }

    /**
     * @param documents   the documents in scope, in result order
     * @param regions     per document id, the spans hits must lie in (coded segments, speaker turns),
     *                    one map per condition; a hit must lie inside a span of each
     */
    record Resolved(List<DocumentRef> documents, Set<Long> ids, List<Map<Long, List<TextSpan>>> regions) {
        boolean accepts(long documentId) {
            return ids.contains(documentId);
        }

        /** Whether a hit at these code points is in scope. */
        boolean accepts(long documentId, int start, int end) {
            for (Map<Long, List<TextSpan>> region : regions) {
                if (!inside(region.getOrDefault(documentId, List.of()), start, end)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean inside(List<TextSpan> spans, int start, int end) {
            for (TextSpan span : spans) {
                if (span.start() <= start && end <= span.end()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Resolves the scope; documents come in name order, as the store lists them. */
    static Resolved resolve(ProjectSession project, SearchScope scope) {
        Map<Long, String> names = project.documents().names();
        Set<Long> named = null;
        if (!scope.documents().isEmpty()) {
            Map<String, Long> byName = new HashMap<>();
            names.forEach((id, name) -> byName.put(name, id));
            named = new HashSet<>();
            for (String name : scope.documents()) {
                Long id = byName.get(name);
                if (id == null) {
                    throw ProjectErrors.unknownDocument(name);
                }
                named.add(id);
            }
        }
        Set<Long> withAttributes = null;
        if (!scope.attributes().isEmpty()) {
            // the full listing (with attributes) is only read when attributes filter
            withAttributes = new HashSet<>();
            Set<String> keys = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (Document d : project.documents().list()) {
                keys.addAll(d.attributes().keySet());
                if (hasAttributes(d, scope.attributes())) {
                    withAttributes.add(d.id());
                }
            }
            for (String key : scope.attributes().keySet()) {
                if (!keys.contains(key)) {
                    throw SearchErrors.unknownAttribute(key, keys);
                }
            }
        }
        List<DocumentRef> candidates = new ArrayList<>();
        for (Map.Entry<Long, String> e : names.entrySet()) {
            long id = e.getKey();
            if ((named == null || named.contains(id)) && (withAttributes == null || withAttributes.contains(id))) {
                candidates.add(new DocumentRef(id, e.getValue()));
            }
        }
        candidates.sort(Comparator.comparing(DocumentRef::name).thenComparingLong(DocumentRef::id));
        List<Map<Long, List<TextSpan>>> regions = new ArrayList<>();
        if (scope.insideCodings()) {
            regions.add(codedSpans(project, scope));
        }
        if (scope.speaker() != null) {
            Map<Long, List<TextSpan>> turns = speakerTurns(project, candidates, scope.speaker());
            if (turns.isEmpty()) {
                throw SearchErrors.unknownSpeaker(scope.speaker());
            }
            regions.add(turns);
        }
        List<DocumentRef> documents = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        for (DocumentRef d : candidates) {
            if (regions.stream().allMatch(r -> r.containsKey(d.id()))) {
                documents.add(d);
                ids.add(d.id());
            }
        }
        return new Resolved(documents, ids, regions);
    }

    private static Map<Long, List<TextSpan>> codedSpans(ProjectSession project, SearchScope scope) {
        Long codeId = scope.code() == null ? null : project.codebook().get(scope.code()).id();
        Long coderId = scope.coder() == null ? null : project.coders().get(scope.coder()).id();
        Map<Long, List<TextSpan>> spans = new HashMap<>();
        for (Coding c : project.codings().list(new CodingFilter(null, codeId, coderId))) {
            spans.computeIfAbsent(c.documentId(), id -> new ArrayList<>()).add(c.span());
        }
        // overlapping or touching segments of the code are one coded passage: a phrase across the
        // seam of two coders' (or one coder's two) segments is inside it
        spans.replaceAll((id, list) -> union(list));
        return spans;
    }

    private static List<TextSpan> union(List<TextSpan> spans) {
        List<TextSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(TextSpan::start).thenComparingInt(TextSpan::end));
        List<TextSpan> merged = new ArrayList<>();
        for (TextSpan span : sorted) {
            TextSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() <= last.end()) {
                merged.set(merged.size() - 1, new TextSpan(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /** The turns of a speaker (compared ignoring case and surrounding space), per document. */
    private static Map<Long, List<TextSpan>> speakerTurns(ProjectSession project, List<DocumentRef> documents, String speaker) {
        String wanted = speaker.strip();
        Map<Long, List<TextSpan>> spans = new HashMap<>();
        for (DocumentRef d : documents) {
            for (Turn turn : project.documents().turns(d.id())) {
                if (turn.speaker().strip().equalsIgnoreCase(wanted)) {
                    spans.computeIfAbsent(d.id(), id -> new ArrayList<>()).add(turn.span());
                }
            }
        }
        return spans;
    }

    private static boolean hasAttributes(Document d, Map<String, String> wanted) {
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            AttributeValue value = attribute(d, e.getKey());
            if (value == null || !value.value().strip().equalsIgnoreCase(e.getValue().strip())) {
                return false;
            }
        }
        return true;
    }

    /** The attribute of that key, ignoring case as the value comparison does. */
    private static AttributeValue attribute(Document d, String key) {
        AttributeValue exact = d.attributes().get(key);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, AttributeValue> e : d.attributes().entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }
}
