package org.gloss.api.agreement;

import java.util.List;
import java.util.Map;

/**
 * Agreement figures of a study: per code (pooled over the documents in scope, in codebook order)
 * and overall.
 */
public record AgreementFigures(List<String> coders, Map<String, ScopeFigures> codes, ScopeFigures overall) {
    public AgreementFigures {
        coders = List.copyOf(coders);
        codes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(codes));
    }
}
