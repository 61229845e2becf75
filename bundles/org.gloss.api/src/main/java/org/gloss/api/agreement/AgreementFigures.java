package org.gloss.api.agreement;

import java.util.List;
import java.util.Map;

/**
 * Agreement figures of a study: per code (pooled over the documents compared, in codebook order)
 * and overall; which documents were compared, which were left out because some coder has not
 * coded them at all (document name to those coders), and the codes no compared coder used, which
 * have no figures and are not pooled into the overall figures.
 */
public record AgreementFigures(List<String> coders, Map<String, ScopeFigures> codes, ScopeFigures overall,
                               List<String> documents, Map<String, List<String>> documentsLeftOut, List<String> codesNotUsed) {
    public AgreementFigures {
        coders = List.copyOf(coders);
        codes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(codes));
        documents = List.copyOf(documents);
        documentsLeftOut = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(documentsLeftOut));
        codesNotUsed = List.copyOf(codesNotUsed);
    }

    /** Figures whose scope information is unknown (no documents listed, none left out, every code used). */
    public AgreementFigures(List<String> coders, Map<String, ScopeFigures> codes, ScopeFigures overall) {
        this(coders, codes, overall, List.of(), Map.of(), List.of());
    }
}
