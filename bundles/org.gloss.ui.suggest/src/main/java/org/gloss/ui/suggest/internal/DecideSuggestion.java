package org.gloss.ui.suggest.internal;

import java.util.List;

import org.gloss.api.store.AdjudicationDecision;
import org.gloss.api.store.NewAdjudicationDecision;
import org.gloss.core.suggest.SuggestionDecisions;
import org.gloss.model.Coder;
import org.gloss.ui.workbench.model.AddCoding;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.CommandContext;
import org.gloss.ui.workbench.model.UndoableCommand;

/**
 * A decision about one suggestion as an undoable workbench command, like an adjudication:
 * accepting copies the coding (with its code, or with another one) to the chosen person's or
 * consensus coder; every decision is logged in the adjudication log. Undoing removes the copy
 * and, since the log is append-only, logs a withdrawal. The machine coder's coding stays as it is.
 */
final class DecideSuggestion implements UndoableCommand {
    enum Kind { ACCEPT, ACCEPT_AS, REJECT }

    private final SuggestionRow row;
    private final String machineCoder;
    private final String target;
    private final Kind kind;
    /** The code given instead (ACCEPT_AS), by id and name. */
    private final long otherCodeId;
    private final String otherCode;
    private final String decidedBy;
    private AddCoding copy;
    private AdjudicationDecision logged;
    private Change change;

    DecideSuggestion(SuggestionRow row, String machineCoder, String target, Kind kind, long otherCodeId, String otherCode,
                     String decidedBy) {
        this.row = row;
        this.machineCoder = machineCoder;
        this.target = target;
        this.kind = kind;
        this.otherCodeId = otherCodeId;
        this.otherCode = otherCode;
        this.decidedBy = decidedBy;
    }

    @Override
    public String label() {
        return switch (kind) {
            case ACCEPT -> "accept suggestion '" + row.code() + "' for " + target;
            case ACCEPT_AS -> "accept suggestion as '" + otherCode + "' for " + target;
            case REJECT -> "reject suggestion '" + row.code() + "'";
        };
    }

    @Override
    public void execute(CommandContext context) {
        if (kind != Kind.REJECT) {
            if (copy == null) {
                Coder coder = context.session().coders().getOrCreate(target);
                long codeId = kind == Kind.ACCEPT ? row.codeId() : otherCodeId;
                copy = new AddCoding(row.documentId(), codeId, coder.id(), row.start(), row.end(),
                        kind == Kind.ACCEPT ? row.code() : otherCode);
            }
            copy.execute(context);
        }
        NewAdjudicationDecision decision = switch (kind) {
            case ACCEPT -> SuggestionDecisions.accepted(row.document(), row.code(), row.start(), row.end(), machineCoder,
                    target, decidedBy);
            case ACCEPT_AS -> SuggestionDecisions.acceptedAs(row.document(), row.code(), row.start(), row.end(), machineCoder,
                    target, otherCode, decidedBy);
            case REJECT -> SuggestionDecisions.rejected(row.document(), row.code(), row.start(), row.end(), machineCoder,
                    target, decidedBy);
        };
        logged = context.session().adjudications().record(decision);
        change = copy != null ? copy.change() : Change.codings(row.documentId(), List.of(), List.of());
    }

    @Override
    public void undo(CommandContext context) {
        if (copy != null) {
            copy.undo(context);
        }
        context.session().adjudications().record(SuggestionDecisions.withdrawal(logged, decidedBy));
        change = copy != null ? copy.change() : Change.codings(row.documentId(), List.of(), List.of());
    }

    @Override
    public Change change() {
        return change != null ? change : Change.codings(row.documentId());
    }
}
