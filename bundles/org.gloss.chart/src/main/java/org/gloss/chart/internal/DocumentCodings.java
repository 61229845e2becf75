package org.gloss.chart.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Code;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.model.CodePointText;
import org.gloss.model.Document;
import org.gloss.model.IntervalSet;
import org.gloss.model.TextSpan;

/**
 * One document's codings by the filter's coders, for the per-document charts (portrait, codeline):
 * what each code covers (a code's codings by several coders melt, as everywhere in the analyses),
 * and the codings behind a stretch of text for drill-down.
 */
final class DocumentCodings {
    private final ProjectSession session;
    private final Document document;
    private final List<Coding> codings;
    private final Map<Long, String> codeNames = new HashMap<>();
    private final Map<Long, String> coderNames = new HashMap<>();

    private DocumentCodings(ProjectSession session, Document document, List<Coding> codings) {
        this.session = session;
        this.document = document;
        this.codings = codings;
        for (Code code : session.codebook().list()) {
            codeNames.put(code.id(), code.name());
        }
        for (Coder coder : session.coders().list()) {
            coderNames.put(coder.id(), coder.name());
        }
    }

    /** The named document's codings by the filter's coders; an unknown document or coder is an error. */
    static DocumentCodings load(ProjectSession session, String documentName, AnalysisFilter filter) {
        Document document = session.documents().get(documentName.strip());
        Set<Long> coders = new HashSet<>();
        for (String name : filter.coders()) {
            coders.add(session.coders().get(name).id());
        }
        List<Coding> codings = new ArrayList<>();
        for (Coding coding : session.codings().list(CodingFilter.document(document.id()))) {
            if (coders.isEmpty() || coders.contains(coding.coderId())) {
                codings.add(coding);
            }
        }
        return new DocumentCodings(session, document, codings);
    }

    Document document() {
        return document;
    }

    /** What each code covers in the document, codes in order of their first coding. */
    Map<String, IntervalSet> coverage() {
        Map<String, List<TextSpan>> spans = new LinkedHashMap<>();
        for (Coding coding : codings) {
            spans.computeIfAbsent(codeNames.get(coding.codeId()), k -> new ArrayList<>()).add(coding.span());
        }
        Map<String, IntervalSet> coverage = new LinkedHashMap<>();
        spans.forEach((code, list) -> coverage.put(code, IntervalSet.of(list)));
        return coverage;
    }

    /** The codings of {@code codes} (all codes when empty) that share a code point with [start, end), with their text. */
    List<AnalysisSegment> segments(int start, int end, List<String> codes) {
        CodePointText text = new CodePointText(session.documents().text(document.id()));
        List<AnalysisSegment> segments = new ArrayList<>();
        for (Coding coding : codings) {
            String code = codeNames.get(coding.codeId());
            if (coding.start() < end && coding.end() > start && (codes.isEmpty() || codes.contains(code))) {
                segments.add(new AnalysisSegment(document.id(), document.name(), coding.start(), coding.end(),
                        text.substring(coding.start(), coding.end()), "", "", List.of(code), coderNames.get(coding.coderId()), coding.id()));
            }
        }
        return segments;
    }
}
