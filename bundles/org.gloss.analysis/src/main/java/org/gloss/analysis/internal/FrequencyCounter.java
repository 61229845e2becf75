package org.gloss.analysis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.FrequencyRequest;
import org.gloss.api.analysis.FrequencyRow;
import org.gloss.api.analysis.FrequencyTable;
import org.gloss.model.CodePointText;

/**
 * Frequencies by code, coder, document or attribute value. Each row is defined by which codings it
 * counts (codes, coders, documents); every figure of the row comes from one pass over them.
 */
final class FrequencyCounter {
    private final ProjectData data;
    private final Map<Long, Integer> wordsPerCoding = new HashMap<>();
    private final WordCounter wordCounter = new WordCounter();

    FrequencyCounter(ProjectData data) {
        this.data = data;
    }

    /**
     * What a row counts: codings of {@code codes} (and, for code rows, of {@code withSubcodes}) by
     * {@code groups}' coders in {@code documents}.
     */
    private record RowDefinition(String key, String path, Integer depth, int[] documents, boolean[] codes,
                                 boolean[] withSubcodes, List<Scope.CoderGroup> groups, boolean[] coders, long text) {
    }

    FrequencyTable table(FrequencyRequest request) {
        Scope scope = ScopeResolver.resolve(data, request.filter());
        List<FrequencyRow> rows = new ArrayList<>();
        for (RowDefinition definition : rows(request, scope)) {
            rows.add(count(definition));
        }
        return new FrequencyTable(request, rows, count(total(scope)));
    }

    List<AnalysisSegment> rowSegments(FrequencyRequest request, int row, Segments segments) {
        Scope scope = ScopeResolver.resolve(data, request.filter());
        RowDefinition definition = rows(request, scope).get(row);
        List<AnalysisSegment> found = new ArrayList<>();
        for (int d : definition.documents()) {
            DocumentCodings codings = data.codings(d);
            for (int i = 0; i < codings.size; i++) {
                if (definition.codes()[codings.code[i]] && definition.coders()[codings.coder[i]]) {
                    found.add(segments.coding(d, codings, i));
                }
            }
        }
        return found;
    }

    private List<RowDefinition> rows(FrequencyRequest request, Scope scope) {
        List<RowDefinition> rows = new ArrayList<>();
        long text = scope.textLength(data);
        boolean[] allCodes = allCodes();
        switch (request.by()) {
            case CODE -> {
                for (int k = 0; k < data.codes.size(); k++) {
                    rows.add(new RowDefinition(data.codes.name(k), data.codes.path(k), data.codes.depth(k), scope.documents(),
                            data.codes.exactly(k), data.codes.withDescendants(k), scope.groups(), scope.coders(), text));
                }
            }
            case CODER -> {
                for (int c = 0; c < scope.coders().length; c++) {
                    if (scope.coders()[c]) {
                        boolean[] one = new boolean[scope.coders().length];
                        one[c] = true;
                        rows.add(new RowDefinition(data.coderName(c), null, null, scope.documents(), allCodes, null,
                                List.of(new Scope.CoderGroup(data.coderName(c), one)), one, text));
                    }
                }
            }
            case DOCUMENT -> {
                for (int d : scope.documents()) {
                    rows.add(new RowDefinition(data.document(d).name(), null, null, new int[] {d}, allCodes, null,
                            scope.groups(), scope.coders(), data.scopedLength(d)));
                }
            }
            case ATTRIBUTE -> {
                for (AttributeColumns.Group group : AttributeColumns.of(data, scope, request.attribute())) {
                    long length = 0;
                    for (int d : group.documents()) {
                        length += data.scopedLength(d);
                    }
                    rows.add(new RowDefinition(group.label(), null, null, group.documents(), allCodes, null,
                            scope.groups(), scope.coders(), length));
                }
            }
        }
        return rows;
    }

    private RowDefinition total(Scope scope) {
        return new RowDefinition("total", null, null, scope.documents(), allCodes(), null, scope.groups(), scope.coders(),
                scope.textLength(data));
    }

    private boolean[] allCodes() {
        boolean[] all = new boolean[data.codes.size()];
        java.util.Arrays.fill(all, true);
        return all;
    }

    private FrequencyRow count(RowDefinition row) {
        long codings = 0;
        long codingsWithSubcodes = 0;
        long documents = 0;
        long documentsWithSubcodes = 0;
        long coded = 0;
        long codedWithSubcodes = 0;
        long words = 0;
        boolean[] codesSeen = new boolean[data.codes.size()];
        for (int d : row.documents()) {
            DocumentCodings list = data.codings(d);
            boolean own = false;
            boolean any = false;
            for (int i = 0; i < list.size; i++) {
                if (!row.coders()[list.coder[i]]) {
                    continue;
                }
                int code = list.code[i];
                if (row.codes()[code]) {
                    codings++;
                    own = true;
                    codesSeen[code] = true;
                    words += words(d, list, i);
                }
                if (row.withSubcodes() != null && row.withSubcodes()[code]) {
                    codingsWithSubcodes++;
                    any = true;
                }
            }
            documents += own ? 1 : 0;
            documentsWithSubcodes += any ? 1 : 0;
            for (Scope.CoderGroup group : row.groups()) {
                if (own) {
                    coded += data.codedLength(d, Coverage.of(list, row.codes(), group.members()));
                }
                if (any) {
                    codedWithSubcodes += data.codedLength(d, Coverage.of(list, row.withSubcodes(), group.members()));
                }
            }
        }
        int codes = 0;
        for (boolean seen : codesSeen) {
            codes += seen ? 1 : 0;
        }
        boolean codeRow = row.withSubcodes() != null;
        return new FrequencyRow(row.key(), row.path(), row.depth(), codings, codeRow ? codingsWithSubcodes : null, documents,
                codeRow ? documentsWithSubcodes : null, codeRow ? null : codes, coded, codeRow ? codedWithSubcodes : null,
                row.text(), row.text() == 0 ? 0 : (double) coded / row.text(), words,
                codings == 0 ? 0 : (double) words / codings);
    }

    private int words(int document, DocumentCodings codings, int i) {
        return wordsPerCoding.computeIfAbsent(codings.ids[i], id -> {
            CodePointText text = data.texts.text(document);
            return wordCounter.count(text.substring(codings.start[i], codings.end[i]));
        });
    }

}
