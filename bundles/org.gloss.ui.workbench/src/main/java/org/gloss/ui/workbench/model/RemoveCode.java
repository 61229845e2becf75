package org.gloss.ui.workbench.model;

/** Removes a code with its sub-codes and their codings; undo brings all of them back. */
public final class RemoveCode implements UndoableCommand {
    private final long codeId;
    private final String name;
    private CodeSnapshot removed;

    public RemoveCode(long codeId, String name) {
        this.codeId = codeId;
        this.name = name;
    }

    @Override
    public String label() {
        return "remove code '" + name + "'";
    }

    @Override
    public void execute(CommandContext context) {
        long id = context.code(codeId);
        removed = CodeSnapshot.of(context.session(), id);
        context.session().codebook().remove(id, true);
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
