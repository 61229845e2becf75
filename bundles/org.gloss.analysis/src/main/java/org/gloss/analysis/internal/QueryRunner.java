package org.gloss.analysis.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.analysis.internal.query.DocumentContext;
import org.gloss.analysis.internal.query.QueryErrors;
import org.gloss.analysis.internal.query.QueryEvaluator;
import org.gloss.analysis.internal.query.QueryNode;
import org.gloss.analysis.internal.query.QueryParser;
import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.CodeQuery;
import org.gloss.api.analysis.QueryResult;
import org.gloss.model.IntervalSet;

/**
 * Runs a code query over the documents in scope, once per coder group: each result segment is a
 * maximal run of the query's result, with the query's codes that code part of it.
 */
final class QueryRunner {
    private final ProjectData data;

    QueryRunner(ProjectData data) {
        this.data = data;
    }

    QueryResult run(CodeQuery query) {
        QueryNode root = QueryParser.parse(query.text());
        List<QueryNode.CodeRef> refs = QueryParser.codes(root);
        Map<QueryNode.CodeRef, boolean[]> codeSets = new IdentityHashMap<>();
        Map<String, List<QueryNode.CodeRef>> byName = new LinkedHashMap<>();
        for (QueryNode.CodeRef ref : refs) {
            int index = data.codes.find(ref.name())
                    .orElseThrow(() -> QueryErrors.unknownCodeInQuery(query.text(), ref.name(), ref.column()));
            codeSets.put(ref, ref.exact() ? data.codes.exactly(index) : data.codes.withDescendants(index));
            byName.computeIfAbsent(ref.name(), n -> new ArrayList<>()).add(ref);
        }
        Scope scope = ScopeResolver.resolve(data, query.filter());
        Segments segments = new Segments(data, query.contextWidth());
        List<AnalysisSegment> results = new ArrayList<>();
        for (int d : scope.documents()) {
            DocumentCodings codings = data.codings(d);
            int document = d;
            for (Scope.CoderGroup group : scope.groups()) {
                Map<QueryNode.CodeRef, IntervalSet> coverage = new IdentityHashMap<>();
                DocumentContext context = DocumentContext.of(
                        ref -> coverage.computeIfAbsent(ref, r -> Coverage.of(codings, codeSets.get(r), group.members())),
                        data.length(d), () -> data.texts.sentences(document), () -> data.texts.paragraphs(document));
                IntervalSet result = QueryEvaluator.evaluate(root, context);
                for (int i = 0; i < result.size(); i++) {
                    int start = result.start(i);
                    int end = result.end(i);
                    List<String> holding = new ArrayList<>();
                    for (Map.Entry<String, List<QueryNode.CodeRef>> e : byName.entrySet()) {
                        if (e.getValue().stream().anyMatch(ref -> context.coverage(ref).intersects(start, end))) {
                            holding.add(e.getKey());
                        }
                    }
                    results.add(segments.of(d, start, end, holding, group.name(), null));
                }
            }
        }
        return new QueryResult(query.text(), new ArrayList<>(byName.keySet()), results, scope.documents().length);
    }
}
