package org.gloss.ui.workbench.model;

/** Removes a code with its sub-codes and their codings; undo brings all of them back. */
public final class RemoveCode implements UndoableCommand {
    private final long idAtCreation;
    private final String name;
    private Long handle;
    private CodeSnapshot removed;

    public RemoveCode(long codeId, String name) {
        this.idAtCreation = codeId;
        this.name = name;
    }

    @Override
    public String label() {
        return "remove code '" + name + "'";
    }

    @Override
    public void execute(CommandContext context) {
        if (handle == null) {
            handle = context.codeHandle(idAtCreation);
        }
        long id = context.code(handle);
        removed = CodeSnapshot.subtree(context, id);
        context.session().codebook().remove(id, true);
        removed.gone(context);
    }

    @Override
    public void undo(CommandContext context) {
        removed.restore(context);
    }

    @Override
    public Change change() {
        return Change.of(Change.Kind.CODEBOOK);
    }
}
