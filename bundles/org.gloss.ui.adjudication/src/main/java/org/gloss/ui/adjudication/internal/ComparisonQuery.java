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
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;

/**
 * What the review shows, as an immutable question that a background thread answers on a session
 * of its own: two coders (optionally one code) and the consensus coder their decisions go to.
 *
 * @param code         null for all codes
 * @param allDocuments also documents one of the coders has not coded at all (by default they are
 *                     left out: not yet coded is not coded as absent)
 */
record ComparisonQuery(String coderA, String coderB, String code, String consensus, boolean allDocuments) {
    ComparisonQuery(String coderA, String coderB, String code, String consensus) {
        this(coderA, coderB, code, consensus, false);
    }

    List<String> coders() {
        return List.of(coderA, coderB);
    }

    StudyScope scope() {
        return StudyScope.of(coders()).withCode(code).withAllDocuments(allDocuments);
    }

    /**
     * The figures of A and B, each coder's overall figures against the consensus coder (once it
     * has codings: after every decision was undone it is no longer compared), the disagreements
     * and which of them the log shows decided.
     */
    ComparisonSnapshot run(AgreementStudies studies, ProjectSession session) {
        AgreementFigures figures = studies.figures(session, scope());
        Map<String, ScopeFigures> againstConsensus = new LinkedHashMap<>();
        boolean consensusHasCodings = session.coders().find(consensus)
                .map(c -> !session.codings().list(new CodingFilter(null, null, c.id())).isEmpty()).orElse(false);
        if (consensusHasCodings) {
            for (String coder : coders()) {
                StudyScope scope = StudyScope.of(List.of(coder, consensus)).withCode(code).withAllDocuments(allDocuments);
                try {
                    againstConsensus.put(coder, studies.figures(session, scope).overall());
                } catch (GlossException noDocumentInCommon) {
                    // the consensus has codings only in documents this coder has not coded: nothing to compare
                }
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
