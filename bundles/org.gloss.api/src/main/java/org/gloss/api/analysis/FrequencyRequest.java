package org.gloss.api.analysis;

import java.util.Objects;

/** Frequencies by code, coder, document or the values of an attribute ({@code attribute} names it). */
public record FrequencyRequest(FrequencyBy by, String attribute, AnalysisFilter filter) {
    public FrequencyRequest {
        Objects.requireNonNull(by, "by");
        if (by == FrequencyBy.ATTRIBUTE && (attribute == null || attribute.isBlank())) {
            throw new IllegalArgumentException("frequencies by attribute need an attribute key");
        }
        filter = Objects.requireNonNullElse(filter, AnalysisFilter.ALL);
    }

    public static FrequencyRequest by(FrequencyBy by) {
        return new FrequencyRequest(by, null, AnalysisFilter.ALL);
    }
}
