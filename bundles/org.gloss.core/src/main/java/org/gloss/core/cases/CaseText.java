package org.gloss.core.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.model.Case;
import org.gloss.model.CaseMember;
import org.gloss.model.IntervalSet;
import org.gloss.model.TextSpan;

/** A case's text: the union of its members, per document, in code points. */
public final class CaseText {
    private CaseText() {
    }

    /**
     * The regions of each document the case holds (a whole-document member covers the document).
     *
     * @param lengths each document's length by id; members of documents not in it are left out
     */
    public static Map<Long, IntervalSet> regions(Case c, Map<Long, Integer> lengths) {
        Map<Long, List<TextSpan>> spans = new LinkedHashMap<>();
        for (CaseMember member : c.members()) {
            Integer length = lengths.get(member.documentId());
            if (length == null || length == 0 || (!member.isWholeDocument() && member.span().start() >= length)) {
                continue; // a member of a document this listing does not have
            }
            TextSpan span = member.isWholeDocument() ? new TextSpan(0, length)
                    : new TextSpan(member.span().start(), Math.min(member.span().end(), length));
            spans.computeIfAbsent(member.documentId(), d -> new ArrayList<>()).add(span);
        }
        Map<Long, IntervalSet> regions = new LinkedHashMap<>();
        spans.forEach((document, list) -> regions.put(document, IntervalSet.of(list)));
        return regions;
    }

    /** Whether a coding's span overlaps the case's text in its document (sharing at least one code point). */
    public static boolean overlaps(Map<Long, IntervalSet> regions, long documentId, int start, int end) {
        IntervalSet in = regions.get(documentId);
        return in != null && in.intersects(start, end);
    }
}
