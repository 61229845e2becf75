package org.gloss.agreement.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one scope (a code in a document, a code pooled over documents, or everything):
 * each measure's value (a number, or per coder pair "A|B" a number; NaN when undefined), bootstrap
 * intervals, the number of units and the prevalence.
 */
final class Figures {
    final Map<String, Object> values = new LinkedHashMap<>();
    final Map<String, Object> intervals = new LinkedHashMap<>();
    long units;
    double prevalence = Double.NaN;
    /** Segment level only: per pair, per coder, matched and unmatched segments. */
    final Map<String, Map<String, long[]>> segments = new LinkedHashMap<>();
    /** With --by-document: the same figures per document. */
    final Map<String, Figures> documents = new LinkedHashMap<>();

    /** The value of a measure (for a pairwise one, of the pair "A|B"); NaN if absent or undefined. */
    double value(String measure, String pair) {
        Object v = values.get(measure);
        if (v instanceof Map<?, ?> byPair) {
            v = byPair.get(pair);
        }
        return v instanceof Double d ? d : Double.NaN;
    }

    double value(String measure) {
        return value(measure, null);
    }

    /** The bootstrap interval of a measure (for a pairwise one, of the pair "A|B"); null if none. */
    double[] interval(String measure, String pair) {
        Object ci = intervals.get(measure);
        if (ci instanceof Map<?, ?> byPair) {
            ci = byPair.get(pair);
        }
        return ci instanceof double[] d ? d : null;
    }
}
