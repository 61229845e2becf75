package org.gloss.api.store;

import java.util.List;

/** An adjudication decision to record; the store adds the id and the time. */
public record NewAdjudicationDecision(String document, String code, int start, int end, List<String> coders,
                                      String consensus, AdjudicationDecision.Outcome outcome, String rule,
                                      String decidedBy, String note) {
    public NewAdjudicationDecision {
        coders = List.copyOf(coders);
    }
}
