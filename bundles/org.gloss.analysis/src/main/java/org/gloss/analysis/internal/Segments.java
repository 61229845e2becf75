package org.gloss.analysis.internal;

import java.util.List;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.model.CodePointText;

/** Makes {@link AnalysisSegment}s: the passage's exact text and its keyword-in-context sides. */
final class Segments {
    private final ProjectData data;
    private final int contextWidth;

    Segments(ProjectData data, int contextWidth) {
        this.data = data;
        this.contextWidth = contextWidth;
    }

    AnalysisSegment of(int document, int start, int end, List<String> codes, String coder, Long codingId) {
        CodePointText text = data.texts.text(document);
        String left = contextWidth == 0 ? "" : text.substring(Math.max(0, start - contextWidth), start);
        String right = contextWidth == 0 ? "" : text.substring(end, Math.min(text.length(), end + contextWidth));
        return new AnalysisSegment(data.document(document).id(), data.document(document).name(), start, end,
                text.substring(start, end), left, right, codes, coder, codingId);
    }

    /** One coding as a segment. */
    AnalysisSegment coding(int document, DocumentCodings codings, int i) {
        return of(document, codings.start[i], codings.end[i], List.of(data.codes.name(codings.code[i])),
                data.coderName(codings.coder[i]), codings.ids[i]);
    }
}
