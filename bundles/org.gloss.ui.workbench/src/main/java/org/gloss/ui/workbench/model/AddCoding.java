package org.gloss.ui.workbench.model;

import org.gloss.api.store.NewCoding;
import org.gloss.model.Coding;

/** Codes a span of a document (code-point offsets) as one coder. */
public final class AddCoding implements UndoableCommand {
    private final long documentId;
    private final long codeId;
    private final long coderId;
    private final int start;
    private final int end;
    private final String codeName;
    private Long originalId;

    public AddCoding(long documentId, long codeId, long coderId, int start, int end, String codeName) {
        this.documentId = documentId;
        this.codeId = codeId;
        this.coderId = coderId;
        this.start = start;
        this.end = end;
        this.codeName = codeName;
    }

    @Override
    public String label() {
        return "code '" + codeName + "'";
    }

    @Override
    public void execute(CommandContext context) {
        Coding added = context.session().codings().add(new NewCoding(documentId, context.code(codeId), coderId, start, end, null));
        if (originalId == null) {
            originalId = added.id();
        } else {
            context.codingRecreated(context.coding(originalId), added.id());
        }
    }

    @Override
    public void undo(CommandContext context) {
        context.session().codings().remove(context.coding(originalId));
    }

    @Override
    public Change change() {
        return Change.codings(documentId);
    }

    /** The id the coding got when first added (resolve it through the command context). */
    public long codingId() {
        return originalId;
    }
}
