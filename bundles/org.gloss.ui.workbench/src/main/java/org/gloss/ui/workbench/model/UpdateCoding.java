package org.gloss.ui.workbench.model;

import org.gloss.api.error.GlossException;
import org.gloss.model.Coding;

/** Recodes a coding (another code) or changes its extent; undo restores the previous values. */
public final class UpdateCoding implements UndoableCommand {
    private final long idAtCreation;
    private final long documentId;
    private final Long newCodeIdAtCreation;
    private final Integer newStart;
    private final Integer newEnd;
    private final String label;
    private Long handle;
    private Long newCodeHandle;
    private long oldCodeHandle;
    private Coding before;
    private Change change;

    private UpdateCoding(Coding coding, Long newCodeId, Integer newStart, Integer newEnd, String label) {
        this.idAtCreation = coding.id();
        this.documentId = coding.documentId();
        this.newCodeIdAtCreation = newCodeId;
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
        if (handle == null) {
            handle = context.codingHandle(idAtCreation);
            newCodeHandle = newCodeIdAtCreation == null ? null : context.codeHandle(newCodeIdAtCreation);
        }
        long current = context.coding(handle);
        before = context.session().codings().byId(current)
                .orElseThrow(() -> new GlossException("the coding no longer exists"));
        oldCodeHandle = context.codeHandle(before.codeId());
        Coding after = context.session().codings().update(current, newCodeHandle == null ? null : context.code(newCodeHandle),
                newStart, newEnd, null);
        change = Change.codings(documentId, java.util.List.of(after), java.util.List.of(before));
    }

    @Override
    public void undo(CommandContext context) {
        long current = context.coding(handle);
        Coding now = context.session().codings().byId(current).orElse(null);
        Coding restored = context.session().codings().update(current, context.code(oldCodeHandle), before.start(), before.end(), null);
        change = now == null ? Change.codings(documentId)
                : Change.codings(documentId, java.util.List.of(restored), java.util.List.of(now));
    }

    @Override
    public Change change() {
        return change != null ? change : Change.codings(documentId);
    }
}
