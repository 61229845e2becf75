package org.gloss.ui.workbench.model;

import java.util.function.ToLongFunction;

import org.gloss.api.store.NewCoding;
import org.gloss.model.Coding;

/** Codes a span of a document (code-point offsets) as one coder. */
public final class AddCoding implements UndoableCommand {
    private final long documentId;
    private final long coderId;
    private final int start;
    private final int end;
    private final String codeName;
    /** Finds the code's handle the first time the command runs. */
    private final ToLongFunction<CommandContext> codeHandleOnFirstRun;
    private Long codeHandle;
    private Long handle;
    private Change change;

    public AddCoding(long documentId, long codeId, long coderId, int start, int end, String codeName) {
        this(documentId, context -> context.codeHandle(codeId), coderId, start, end, codeName);
    }

    /**
     * A coding with the code that {@code addCode}, an earlier step of the same composite command,
     * creates: so that "create a code and code these passages with it" is one undo step.
     */
    public static AddCoding withNewCode(AddCode addCode, long documentId, long coderId, int start, int end) {
        return new AddCoding(documentId, context -> addCode.codeHandle(), coderId, start, end, addCode.name());
    }

    /** A coding with a code that an earlier step of the same command creates. */
    AddCoding(long documentId, ToLongFunction<CommandContext> codeHandle, long coderId, int start, int end, String codeName) {
        this.documentId = documentId;
        this.codeHandleOnFirstRun = codeHandle;
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
        if (codeHandle == null) {
            codeHandle = codeHandleOnFirstRun.applyAsLong(context);
        }
        Coding added = context.session().codings().add(new NewCoding(documentId, context.code(codeHandle), coderId, start, end, null));
        if (handle == null) {
            handle = context.newCodingHandle(added.id());
        } else {
            context.codingNowAt(handle, added.id());
        }
        change = Change.codings(documentId, java.util.List.of(added), java.util.List.of());
    }

    @Override
    public void undo(CommandContext context) {
        long current = context.coding(handle);
        Coding removed = context.session().codings().byId(current).orElse(null);
        context.session().codings().remove(current);
        context.codingGone(handle);
        change = removed == null ? Change.codings(documentId)
                : Change.codings(documentId, java.util.List.of(), java.util.List.of(removed));
    }

    @Override
    public Change change() {
        return change != null ? change : Change.codings(documentId);
    }
}
