package org.gloss.ui.workbench.model;

import org.gloss.model.Code;

/** Adds a code to the codebook. */
public final class AddCode implements UndoableCommand {
    private final String name;
    private final Long parentId;
    private final String color;
    private Long originalId;

    public AddCode(String name, Long parentId, String color) {
        this.name = name;
        this.parentId = parentId;
        this.color = color;
    }

    @Override
    public String label() {
        return "new code '" + name + "'";
    }

    @Override
    public void execute(CommandContext context) {
        Code added = context.session().codebook().add(name, parentId == null ? null : context.code(parentId), color, null);
        if (originalId == null) {
            originalId = added.id();
        } else {
            context.codeRecreated(context.code(originalId), added.id());
        }
    }

    @Override
    public void undo(CommandContext context) {
        context.session().codebook().remove(context.code(originalId), false);
    }

    @Override
    public Change change() {
        return Change.of(Change.Kind.CODEBOOK);
    }

    /** The id the code got when first added (resolve it through the command context). */
    public long codeId() {
        return originalId;
    }
}
