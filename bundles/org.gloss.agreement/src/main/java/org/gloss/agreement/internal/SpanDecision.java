package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.List;

import org.gloss.api.agreement.AgreementErrors;
import org.gloss.api.error.Errors;
import org.gloss.api.store.AdjudicationDecision.Outcome;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewAdjudicationDecision;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Coder;
import org.gloss.model.Coding;

/**
 * One adjudication decision on one disagreement, as a comparison view takes it: within a span of
 * one document and code, accept one coder's coding, both (the union), neither, or an edited
 * extent. The consensus coder gets the accepted text it lacks; the decision is logged with rule
 * "manual:&lt;choice&gt;". The compared coders' codings are only read.
 */
final class SpanDecision {
    /** What was done. */
    record Result(int codingsAdded, Outcome outcome) {
    }

    private SpanDecision() {
    }

    /**
     * @param study  the compared coders, one code, one document
     * @param choice a coder's name, "both" or "neither"; ignored when {@code extent} is given
     * @param extent the edited extent {start, end} to accept instead, or null
     */
    static Result decide(ProjectSession session, Study study, int start, int end, String choice, int[] extent,
                         String consensusName, String decidedBy, String note) {
        Study.DocumentRef document = study.documents().get(0);
        Study.CodeRef code = study.codes().get(0);
        checkSpan(document, start, end);
        if (study.coders().contains(consensusName)) {
            throw AgreementErrors.consensusIsACoder(consensusName);
        }
        IntervalSet span = IntervalSet.of(start, end);
        IntervalSet accepted;
        String rule;
        if (extent != null) {
            checkSpan(document, extent[0], extent[1]);
            accepted = IntervalSet.of(extent[0], extent[1]);
            rule = "manual:extent";
        } else {
            List<IntervalSet> layers = study.coverage().layers(code.id(), document.id());
            accepted = switch (choice) {
                case "both" -> IntervalSet.union(layers).intersect(span);
                case "neither" -> IntervalSet.EMPTY;
                default -> {
                    int coder = study.coders().indexOf(choice);
                    if (coder < 0) {
                        throw AgreementErrors.badChoice(choice, String.join(", ", study.coders()));
                    }
                    yield layers.get(coder).intersect(span);
                }
            };
            rule = "manual:" + choice;
        }
        return session.inTransaction(() -> {
            Coder consensus = session.coders().getOrCreate(consensusName);
            List<Coding> own = session.codings().list(new CodingFilter(document.id(), code.id(), consensus.id()));
            IntervalSet existing = IntervalSet.union(own.stream().mapToInt(Coding::start).toArray(),
                    own.stream().mapToInt(Coding::end).toArray(), own.size());
            IntervalSet missing = accepted.minus(existing);
            List<NewCoding> codings = new ArrayList<>();
            for (int i = 0; i < missing.size(); i++) {
                codings.add(new NewCoding(document.id(), code.id(), consensus.id(), missing.start(i), missing.end(i), note));
            }
            session.codings().addAll(codings);
            Outcome outcome = accepted.isEmpty() ? Outcome.REJECTED : Outcome.ACCEPTED;
            int logStart = extent != null ? Math.min(start, extent[0]) : start;
            int logEnd = extent != null ? Math.max(end, extent[1]) : end;
            session.adjudications().record(new NewAdjudicationDecision(document.name(), code.name(), logStart, logEnd,
                    study.coders(), consensusName, outcome, rule, decidedBy, note));
            return new Result(codings.size(), outcome);
        });
    }

    private static void checkSpan(Study.DocumentRef document, int start, int end) {
        if (start < 0 || end <= start || end > document.length()) {
            throw Errors.offsetsOutOfRange(document.name(), start, end, document.length());
        }
    }
}
