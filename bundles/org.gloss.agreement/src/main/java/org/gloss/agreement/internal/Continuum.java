package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gloss.api.agreement.UnitizingData;
import org.gloss.api.agreement.UnitizingData.Segment;
import org.gloss.model.IntervalSet;

/**
 * The unitizing view of a study for u-alpha: the documents laid end to end (in study order) as one
 * continuum; each code is a category; each coder's segments are the maximal runs the coder
 * covered with the code (so adjacent codings are one segment, as at character level).
 */
final class Continuum {
    private Continuum() {
    }

    /** Null when the documents have no text at all. */
    static UnitizingData of(Study study, List<Study.CodeRef> codes, List<Study.DocumentRef> documents) {
        long length = 0;
        for (Study.DocumentRef d : documents) {
            length += d.length();
        }
        if (length == 0) {
            return null;
        }
        List<Segment> segments = new ArrayList<>();
        for (int category = 0; category < codes.size(); category++) {
            // documents nobody coded with the code add length but no segments
            Map<Long, IntervalSet[]> coded = study.coverage().byDocument(codes.get(category).id());
            if (coded.isEmpty()) {
                continue;
            }
            long offset = 0;
            for (Study.DocumentRef d : documents) {
                IntervalSet[] perCoder = coded.get(d.id());
                if (perCoder != null) {
                    for (int coder = 0; coder < study.coders().size(); coder++) {
                        IntervalSet set = perCoder[coder];
                        for (int i = 0; i < set.size(); i++) {
                            segments.add(new Segment(coder, category, offset + set.start(i), offset + set.end(i)));
                        }
                    }
                }
                offset += d.length();
            }
        }
        return new UnitizingData(length, study.coders(), segments);
    }
}
