package org.gloss.ui.adjudication.internal;

import java.util.List;
import java.util.Map;

import org.gloss.api.agreement.AgreementFigures;
import org.gloss.api.agreement.Disagreement;
import org.gloss.api.agreement.ScopeFigures;
import org.gloss.api.store.AdjudicationDecision;

/**
 * One answer to a {@link ComparisonQuery}: figures, each coder against the consensus coder
 * (empty until it exists), and the disagreements with their decisions.
 */
record ComparisonSnapshot(ComparisonQuery query, AgreementFigures figures, Map<String, ScopeFigures> againstConsensus,
                          List<Row> rows) {
    /** A disagreement and the log entry that decided it, or null while it is open. */
    record Row(Disagreement disagreement, AdjudicationDecision decision) {
        boolean decided() {
            return decision != null;
        }

        /** Same document, code and span (the identity of a disagreement across reloads). */
        boolean sameSpan(Row other) {
            Disagreement a = disagreement;
            Disagreement b = other.disagreement;
            return a.documentId() == b.documentId() && a.codeId() == b.codeId() && a.start() == b.start() && a.end() == b.end();
        }
    }

    ComparisonSnapshot {
        againstConsensus = Map.copyOf(againstConsensus);
        rows = List.copyOf(rows);
    }

    long open() {
        return rows.stream().filter(r -> !r.decided()).count();
    }
}
