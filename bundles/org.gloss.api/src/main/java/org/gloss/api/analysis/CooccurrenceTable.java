package org.gloss.api.analysis;

import java.util.List;

/**
 * Co-occurrence of every pair of the requested codes.
 *
 * @param codes    the codes related, in codebook order
 * @param segments number of segments (maximal coded runs) of each code, in the order of {@code codes}
 * @param coded    code points coded with each code, in the order of {@code codes}
 * @param pairs    one entry per unordered pair of codes that occur together at least once
 */
public record CooccurrenceTable(CooccurrenceRequest request, List<String> codes, List<Long> segments, List<Long> coded,
                                List<CooccurrencePair> pairs) {
    public CooccurrenceTable {
        codes = List.copyOf(codes);
        segments = List.copyOf(segments);
        coded = List.copyOf(coded);
        pairs = List.copyOf(pairs);
    }
}
