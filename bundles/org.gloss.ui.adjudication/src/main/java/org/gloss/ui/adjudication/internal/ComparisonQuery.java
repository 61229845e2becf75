package org.gloss.ui.adjudication.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.agreement.AgreementFigures;
import org.gloss.api.agreement.AgreementStudies;
import org.gloss.api.agreement.Disagreement;
import org.gloss.api.agreement.ScopeFigures;
import org.gloss.api.agreement.StudyScope;
import org.gloss.api.error.GlossException;
import org.gloss.api.store.AdjudicationDecision;
import org.gloss.api.store.ProjectSession;

/**
 * What the review shows, as an immutable question that a background thread answers on a session
 * of its own: two coders (optionally one code) and the consensus coder their decisions go to.
 *
 * @param code null for all codes
 */
record ComparisonQuery(String coderA, String coderB, String code, String consensus) {
    List<String> coders() {
        return List.of(coderA, coderB);
    }

    StudyScope scope() {
        return StudyScope.of(coders()).withCode(code);
    }

    /**
     * The figures of A and B, each coder's overall figures against the consensus coder (once it
     * exists), the disagreements and which of them the log shows decided.
     */
    ComparisonSnapshot run(AgreementStudies studies, ProjectSession session) {
        AgreementFigures figures = studies.figures(session, scope());
        Map<String, ScopeFigures> againstConsensus = new LinkedHashMap<>();
        if (session.coders().find(consensus).isPresent()) {
            for (String coder : coders()) {
                StudyScope scope = StudyScope.of(List.of(coder, consensus)).withCode(code);
                againstConsensus.put(coder, studies.figures(session, scope).overall());
            }
        }
        List<Disagreement> disagreements = studies.disagreements(session, scope());
        DecisionLog log = new DecisionLog(logOf(session), coders(), consensus);
        List<ComparisonSnapshot.Row> rows = new ArrayList<>();
        for (Disagreement d : disagreements) {
            rows.add(new ComparisonSnapshot.Row(d, log.decisionOn(d).orElse(null)));
        }
        return new ComparisonSnapshot(this, figures, againstConsensus, rows);
    }

    private static List<AdjudicationDecision> logOf(ProjectSession session) {
        try {
            return session.adjudications().list();
        } catch (GlossException storeKeepsNoLog) {
            return List.of();
        }
    }
}
