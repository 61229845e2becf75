package org.gloss.api.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Which codes to relate (empty: every code), within which filter, by which proximity. Each code
 * stands for exactly its own codings here (sub-codes are codes of their own in the table).
 */
public record CooccurrenceRequest(List<String> codes, AnalysisFilter filter, Proximity proximity) {
    public CooccurrenceRequest {
        codes = List.copyOf(Objects.requireNonNullElse(codes, List.of()));
        filter = Objects.requireNonNullElse(filter, AnalysisFilter.ALL);
        proximity = Objects.requireNonNullElse(proximity, Proximity.OVERLAP);
    }

    public static CooccurrenceRequest all() {
        return new CooccurrenceRequest(List.of(), AnalysisFilter.ALL, Proximity.OVERLAP);
    }
}
