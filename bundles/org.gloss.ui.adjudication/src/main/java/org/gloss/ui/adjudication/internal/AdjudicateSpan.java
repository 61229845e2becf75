package org.gloss.ui.adjudication.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gloss.api.agreement.AgreementStudies;
import org.gloss.api.agreement.SpanDecisionRequest;
import org.gloss.api.agreement.SpanDecisionResult;
import org.gloss.api.store.AdjudicationDecision;
import org.gloss.api.store.NewAdjudicationDecision;
import org.gloss.model.Coding;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.CommandContext;
import org.gloss.ui.workbench.model.UndoableCommand;

/**
 * One adjudication decision as an undoable workbench command. Executing decides through the
 * agreement service (consensus codings added, decision logged). Undoing removes the consensus
 * codings it added and, since the log is append-only, logs a withdrawal of the decision; redoing
 * decides again (and logs again). The compared coders' codings are never touched.
 */
final class AdjudicateSpan implements UndoableCommand {
    private final AgreementStudies studies;
    private final SpanDecisionRequest request;
    private final long documentId;
    /** Handles of the consensus codings the last run added (ids change when other commands are undone). */
    private final List<Long> handles = new ArrayList<>();
    private int live;
    private AdjudicationDecision logged;
    private Change change;

    AdjudicateSpan(AgreementStudies studies, SpanDecisionRequest request, long documentId) {
        this.studies = studies;
        this.request = request;
        this.documentId = documentId;
    }

    @Override
    public String label() {
        String what = switch (request.choice()) {
            case CODER -> "accept " + request.coder();
            case EXTENT -> "accept [" + request.extent().start() + ", " + request.extent().end() + ")";
            default -> request.choice().name().toLowerCase(Locale.ROOT);
        };
        return what + " for '" + request.code() + "' [" + request.span().start() + ", " + request.span().end() + ")";
    }

    @Override
    public void execute(CommandContext context) {
        SpanDecisionResult result = studies.decide(context.session(), request);
        logged = result.logged();
        live = result.added().size();
        for (int i = 0; i < live; i++) {
            long id = result.added().get(i).id();
            if (i < handles.size()) {
                context.codingNowAt(handles.get(i), id);
            } else {
                handles.add(context.newCodingHandle(id));
            }
        }
        change = Change.codings(documentId, result.added(), List.of());
    }

    @Override
    public void undo(CommandContext context) {
        List<Coding> removed = new ArrayList<>();
        for (int i = 0; i < live; i++) {
            long id = context.coding(handles.get(i));
            context.session().codings().byId(id).ifPresent(c -> {
                context.session().codings().remove(c.id());
                removed.add(c);
            });
            context.codingGone(handles.get(i));
        }
        context.session().adjudications().record(new NewAdjudicationDecision(logged.document(), logged.code(), logged.start(),
                logged.end(), logged.coders(), logged.consensus(), logged.outcome(), DecisionLog.WITHDRAWN + logged.rule(),
                request.decidedBy(), "undo of decision " + logged.id()));
        change = Change.codings(documentId, List.of(), removed);
    }

    @Override
    public Change change() {
        return change != null ? change : Change.codings(documentId);
    }
}
