package org.gloss.ui.workbench.model;

import org.gloss.api.error.GlossException;
import org.gloss.api.store.NewCoding;
import org.gloss.model.Coding;

/** Removes one coding; undo adds it again with the same code, coder, span and memo. */
public final class RemoveCoding implements UndoableCommand {
    private final long codingId;
    private final long documentId;
    private Coding removed;

    public RemoveCoding(Coding coding) {
        this.codingId = coding.id();
        this.documentId = coding.documentId();
    }

    @Override
    public String label() {
        return "remove coding";
    }

    @Override
    public void execute(CommandContext context) {
        long current = context.coding(codingId);
        removed = context.session().codings().byId(current)
                .orElseThrow(() -> new GlossException("the coding no longer exists"));
        context.session().codings().remove(current);
    }

    @Override
    public void undo(CommandContext context) {
        Coding added = context.session().codings().add(new NewCoding(removed.documentId(), removed.codeId(),
                removed.coderId(), removed.start(), removed.end(), removed.memo()));
        context.codingRecreated(context.coding(codingId), added.id());
    }

    @Override
    public Change change() {
        return Change.codings(documentId);
    }
}
