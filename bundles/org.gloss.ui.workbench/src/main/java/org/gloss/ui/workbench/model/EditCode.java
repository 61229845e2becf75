package org.gloss.ui.workbench.model;

import org.gloss.api.error.GlossException;
import org.gloss.model.Code;

/** Renames a code, moves it under another parent or changes its colour; undo restores it. */
public final class EditCode implements UndoableCommand {
    private enum What { RENAME, MOVE, COLOR }

    private final What what;
    private final long idAtCreation;
    private final String newName;
    private final Long newParentIdAtCreation;
    private final String newColor;
    private Long handle;
    private Long newParentHandle;
    private Long oldParentHandle;
    private Code before;

    private EditCode(What what, long codeId, String newName, Long newParentId, String newColor) {
        this.what = what;
        this.idAtCreation = codeId;
        this.newName = newName;
        this.newParentIdAtCreation = newParentId;
        this.newColor = newColor;
    }

    public static EditCode rename(long codeId, String newName) {
        return new EditCode(What.RENAME, codeId, newName, null, null);
    }

    /** Moves under {@code newParentId}, or to the top level when it is null. */
    public static EditCode move(long codeId, Long newParentId) {
        return new EditCode(What.MOVE, codeId, null, newParentId, null);
    }

    public static EditCode recolor(long codeId, String color) {
        return new EditCode(What.COLOR, codeId, null, null, color);
    }

    @Override
    public String label() {
        return switch (what) {
            case RENAME -> "rename code to '" + newName + "'";
            case MOVE -> "move code";
            case COLOR -> "change code colour";
        };
    }

    @Override
    public void execute(CommandContext context) {
        if (handle == null) {
            handle = context.codeHandle(idAtCreation);
            newParentHandle = newParentIdAtCreation == null ? null : context.codeHandle(newParentIdAtCreation);
        }
        long id = context.code(handle);
        before = context.session().codebook().byId(id).orElseThrow(() -> new GlossException("the code no longer exists"));
        oldParentHandle = before.parentId() == null ? null : context.codeHandle(before.parentId());
        switch (what) {
            case RENAME -> context.session().codebook().rename(id, newName);
            case MOVE -> context.session().codebook().move(id, newParentHandle == null ? null : context.code(newParentHandle));
            case COLOR -> context.session().codebook().update(id, newColor, before.description());
        }
    }

    @Override
    public void undo(CommandContext context) {
        long id = context.code(handle);
        switch (what) {
            case RENAME -> context.session().codebook().rename(id, before.name());
            case MOVE -> context.session().codebook().move(id, oldParentHandle == null ? null : context.code(oldParentHandle));
            case COLOR -> context.session().codebook().update(id, before.color(), before.description());
        }
    }

    @Override
    public Change change() {
        return Change.of(Change.Kind.CODEBOOK);
    }
}
