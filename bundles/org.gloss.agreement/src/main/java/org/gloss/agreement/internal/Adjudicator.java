package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.List;

import org.gloss.agreement.internal.AgreementErrors;
import org.gloss.api.store.AdjudicationDecision.Outcome;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewAdjudicationDecision;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.model.IntervalSet;

/**
 * Bulk adjudication: for every (document, code), decides each maximal span that any compared coder
 * covered by one rule, gives the consensus coder codings for the accepted text it does not have
 * yet, and logs every decision. The compared coders' codings are only read.
 */
final class Adjudicator {
    /** What was done. */
    record Result(int codingsAdded, int accepted, int rejected) {
    }

    private final ProjectSession session;
    private final Study study;
    private final String rule;
    private final String consensusName;
    private final String decidedBy;
    private final String note;

    /**
     * @param rule "agreed", "union" or the name of one of the study's coders
     */
    Adjudicator(ProjectSession session, Study study, String rule, String consensusName, String decidedBy, String note) {
        if (!rule.equals("agreed") && !rule.equals("union") && !study.coders().contains(rule)) {
            throw AgreementErrors.acceptNotACoder(rule, String.join(", ", study.coders()));
        }
        if (study.coders().contains(consensusName)) {
            throw AgreementErrors.consensusIsACoder(consensusName);
        }
        this.session = session;
        this.study = study;
        this.rule = rule;
        this.consensusName = consensusName;
        this.decidedBy = decidedBy;
        this.note = note;
    }

    Result run() {
        return session.inTransaction(() -> {
            Coder consensus = session.coders().getOrCreate(consensusName);
            List<NewCoding> codings = new ArrayList<>();
            List<NewAdjudicationDecision> decisions = new ArrayList<>();
            int all = (1 << study.coders().size()) - 1;
            int[] counts = new int[2];
            for (Study.DocumentRef document : study.documents()) {
                for (Study.CodeRef code : study.codes()) {
                    List<IntervalSet> layers = study.coverage().layers(code.id(), document.id());
                    List<int[]> accepted = new ArrayList<>();
                    BoundarySweep.runs(document.length(), layers, (start, end, mask) -> {
                        if (mask == 0) {
                            return;
                        }
                        boolean accept = accepts(mask, all);
                        decisions.add(new NewAdjudicationDecision(document.name(), code.name(), start, end, study.coders(),
                                consensusName, accept ? Outcome.ACCEPTED : Outcome.REJECTED, rule, decidedBy, note));
                        counts[accept ? 0 : 1]++;
                        if (accept) {
                            accepted.add(new int[] {start, end});
                        }
                    });
                    IntervalSet wanted = IntervalSet.union(accepted.stream().mapToInt(a -> a[0]).toArray(),
                            accepted.stream().mapToInt(a -> a[1]).toArray(), accepted.size());
                    IntervalSet missing = wanted.minus(existing(consensus, code.id(), document.id()));
                    for (int i = 0; i < missing.size(); i++) {
                        codings.add(new NewCoding(document.id(), code.id(), consensus.id(), missing.start(i), missing.end(i), note));
                    }
                }
            }
            session.codings().addAll(codings);
            session.adjudications().recordAll(decisions);
            return new Result(codings.size(), counts[0], counts[1]);
        });
    }

    private boolean accepts(int mask, int all) {
        return switch (rule) {
            case "agreed" -> mask == all;
            case "union" -> mask != 0;
            default -> (mask >>> study.coders().indexOf(rule) & 1) == 1;
        };
    }

    private IntervalSet existing(Coder consensus, long codeId, long documentId) {
        List<Coding> own = session.codings().list(new CodingFilter(documentId, codeId, consensus.id()));
        return IntervalSet.union(own.stream().mapToInt(Coding::start).toArray(), own.stream().mapToInt(Coding::end).toArray(),
                own.size());
    }
}
