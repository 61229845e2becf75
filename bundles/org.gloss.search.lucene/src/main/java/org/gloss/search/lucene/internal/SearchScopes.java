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
import org.gloss.model.Turn;

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
    record Resolved(List<Document> documents, Set<Long> ids, List<Map<Long, List<TextSpan>>> regions) {
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

    static Resolved resolve(ProjectSession project, List<Document> all, SearchScope scope) {
        Set<Long> named = null;
        if (!scope.documents().isEmpty()) {
            named = new HashSet<>();
            for (String name : scope.documents()) {
                named.add(project.documents().get(name).id());
            }
        }
        List<Document> candidates = new ArrayList<>();
        for (Document d : all) {
            if ((named == null || named.contains(d.id())) && hasAttributes(d, scope.attributes())) {
                candidates.add(d);
            }
        }
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
        List<Document> documents = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        for (Document d : candidates) {
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
        return spans;
    }

    /** The turns of a speaker (compared ignoring case and surrounding space), per document. */
    private static Map<Long, List<TextSpan>> speakerTurns(ProjectSession project, List<Document> documents, String speaker) {
        String wanted = speaker.strip();
        Map<Long, List<TextSpan>> spans = new HashMap<>();
        for (Document d : documents) {
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
            AttributeValue value = d.attributes().get(e.getKey());
            if (value == null || !value.value().strip().equalsIgnoreCase(e.getValue().strip())) {
                return false;
            }
        }
        return true;
    }
}
