package org.gloss.ui.workbench.model;

import org.gloss.api.error.GlossException;
import org.gloss.model.Coding;

/** Recodes a coding (another code) or changes its extent; undo restores the previous values. */
public final class UpdateCoding implements UndoableCommand {
    private final long codingId;
    private final long documentId;
    private final Long newCodeId;
    private final Integer newStart;
    private final Integer newEnd;
    private final String label;
    private Coding before;

    private UpdateCoding(Coding coding, Long newCodeId, Integer newStart, Integer newEnd, String label) {
        this.codingId = coding.id();
        this.documentId = coding.documentId();
        this.newCodeId = newCodeId;
        this.newStart = newStart;
        this.newEnd = newEnd;
        this.label = label;
    }

    public static UpdateCoding recode(Coding coding, long codeId, String codeName) {
        return new UpdateCoding(coding, codeId, null, null, "recode as '" + codeName + "'");
    }

    public static UpdateCoding extent(Coding coding, int start, int end) {
        return new UpdateCoding(coding, null, start, end, "change coding extent");
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void execute(CommandContext context) {
        long current = context.coding(codingId);
        before = context.session().codings().byId(current)
                .orElseThrow(() -> new GlossException("the coding no longer exists"));
        context.session().codings().update(current, newCodeId == null ? null : context.code(newCodeId), newStart, newEnd, null);
    }

    @Override
    public void undo(CommandContext context) {
        context.session().codings().update(context.coding(codingId), before.codeId(), before.start(), before.end(), null);
    }

    @Override
    public Change change() {
        return Change.codings(documentId);
    }
}
