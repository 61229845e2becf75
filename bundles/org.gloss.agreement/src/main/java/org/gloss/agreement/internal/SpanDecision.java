package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.List;

import org.gloss.agreement.internal.AgreementErrors;
import org.gloss.api.agreement.SpanDecisionRequest;
import org.gloss.api.agreement.SpanDecisionResult;
import org.gloss.api.store.AdjudicationDecision;
import org.gloss.api.store.AdjudicationDecision.Outcome;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewAdjudicationDecision;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.ProjectErrors;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.model.IntervalSet;

/**
 * One adjudication decision on one disagreement, as a comparison view takes it: within a span of
 * one document and code, accept one coder's coding, both (the union), neither, or an edited
 * extent. The consensus coder gets the accepted text it lacks; the decision is logged with rule
 * "manual:&lt;choice&gt;". The compared coders' codings are only read.
 */
final class SpanDecision {
    private SpanDecision() {
    }

    /** @param study the request's coders, its one code and its one document */
    static SpanDecisionResult decide(ProjectSession session, Study study, SpanDecisionRequest request) {
        Study.DocumentRef document = study.documents().get(0);
        Study.CodeRef code = study.codes().get(0);
        int start = request.span().start();
        int end = request.span().end();
        checkSpan(document, start, end);
        if (study.coders().contains(request.consensus())) {
            throw AgreementErrors.consensusIsACoder(request.consensus());
        }
        IntervalSet span = IntervalSet.of(start, end);
        List<IntervalSet> layers = study.coverage().layers(code.id(), document.id());
        IntervalSet accepted = switch (request.choice()) {
            case EXTENT -> {
                checkSpan(document, request.extent().start(), request.extent().end());
                yield IntervalSet.of(request.extent().start(), request.extent().end());
            }
            case BOTH -> IntervalSet.union(layers).intersect(span);
            case NEITHER -> IntervalSet.EMPTY;
            case CODER -> {
                int coder = study.coders().indexOf(request.coder());
                if (coder < 0) {
                    throw AgreementErrors.badChoice(request.coder(), String.join(", ", study.coders()));
                }
                yield layers.get(coder).intersect(span);
            }
        };
        return session.inTransaction(() -> {
            Coder consensus = session.coders().getOrCreate(request.consensus());
            List<Coding> own = session.codings().list(new CodingFilter(document.id(), code.id(), consensus.id()));
            IntervalSet existing = IntervalSet.union(own.stream().mapToInt(Coding::start).toArray(),
                    own.stream().mapToInt(Coding::end).toArray(), own.size());
            IntervalSet missing = accepted.minus(existing);
            List<Coding> added = new ArrayList<>();
            for (int i = 0; i < missing.size(); i++) {
                added.add(session.codings().add(new NewCoding(document.id(), code.id(), consensus.id(), missing.start(i),
                        missing.end(i), request.note())));
            }
            Outcome outcome = accepted.isEmpty() ? Outcome.REJECTED : Outcome.ACCEPTED;
            boolean edited = request.choice() == SpanDecisionRequest.Choice.EXTENT;
            int logStart = edited ? Math.min(start, request.extent().start()) : start;
            int logEnd = edited ? Math.max(end, request.extent().end()) : end;
            AdjudicationDecision logged = session.adjudications().record(new NewAdjudicationDecision(document.name(),
                    code.name(), logStart, logEnd, study.coders(), request.consensus(), outcome, request.rule(),
                    request.decidedBy(), request.note()));
            return new SpanDecisionResult(added, logged);
        });
    }

    private static void checkSpan(Study.DocumentRef document, int start, int end) {
        if (start < 0 || end <= start || end > document.length()) {
            throw ProjectErrors.offsetsOutOfRange(document.name(), start, end, document.length());
        }
    }
}
