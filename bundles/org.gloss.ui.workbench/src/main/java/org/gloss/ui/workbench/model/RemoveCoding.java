package org.gloss.ui.workbench.model;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.NewCoding;
import org.gloss.model.Coding;

/** Removes one coding; undo adds it again with the same code, coder, span and memos. */
public final class RemoveCoding implements UndoableCommand {
    private final long idAtCreation;
    private final long documentId;
    private Long handle;
    private long codeHandle;
    private Coding removed;
    private java.util.Optional<SavedMemo> memo;
    private Change change;

    public RemoveCoding(Coding coding) {
        this.idAtCreation = coding.id();
        this.documentId = coding.documentId();
    }

    @Override
    public String label() {
        return "remove coding";
    }

    @Override
    public void execute(CommandContext context) {
        if (handle == null) {
            handle = context.codingHandle(idAtCreation);
        }
        long current = context.coding(handle);
        removed = context.session().codings().byId(current)
                .orElseThrow(() -> new GlossException("the coding no longer exists"));
        codeHandle = context.codeHandle(removed.codeId());
        memo = SavedMemo.of(context, org.gloss.model.MemoTarget.CODING, current);
        context.session().codings().remove(current);
        context.codingGone(handle);
        change = Change.codings(documentId, java.util.List.of(), java.util.List.of(removed));
    }

    @Override
    public void undo(CommandContext context) {
        Coding added = context.session().codings().add(new NewCoding(removed.documentId(), context.code(codeHandle),
                removed.coderId(), removed.start(), removed.end(), removed.memo()));
        context.codingNowAt(handle, added.id());
        memo.ifPresent(m -> m.writeOn(context, org.gloss.model.MemoTarget.CODING, added.id()));
        change = Change.codings(documentId, java.util.List.of(added), java.util.List.of());
    }

    @Override
    public Change change() {
        return change != null ? change : Change.codings(documentId);
    }
}
