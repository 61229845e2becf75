package org.gloss.ui.workbench.model;

import org.gloss.model.Code;

/**
 * Adds a code to the codebook. Without a colour the store gives it the next palette colour, which
 * redo then asks for again, so that the code comes back as it was.
 */
public final class AddCode implements UndoableCommand {
    private final String name;
    private final Long parentIdAtCreation;
    private String color;
    private Long parentHandle;
    private Long handle;

    public AddCode(String name, Long parentId, String color) {
        this.name = name;
        this.parentIdAtCreation = parentId;
        this.color = color;
    }

    @Override
    public String label() {
        return "new code '" + name + "'";
    }

    @Override
    public void execute(CommandContext context) {
        if (handle == null && parentIdAtCreation != null) {
            parentHandle = context.codeHandle(parentIdAtCreation);
        }
        Code added = context.session().codebook().add(name, parentHandle == null ? null : context.code(parentHandle), color, null);
        color = added.color();
        if (handle == null) {
            handle = context.newCodeHandle(added.id());
        } else {
            context.codeNowAt(handle, added.id());
        }
    }

    @Override
    public void undo(CommandContext context) {
        context.session().codebook().remove(context.code(handle), false);
        context.codeGone(handle);
    }

    @Override
    public Change change() {
        return Change.of(Change.Kind.CODEBOOK);
    }

    /** The handle of the code this command created (after its first run). */
    long codeHandle() {
        return handle;
    }

    String name() {
        return name;
    }
}
