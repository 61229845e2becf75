package org.gloss.ui.workbench.model;

/**
 * One user action on the project that can be undone and redone. Commands write to the store
 * before the workspace tells views about the change, so what a view shows is always stored.
 */
public interface UndoableCommand {
    /** Shown in the Edit menu, e.g. "Undo code 'debt concern'". */
    String label();

    void execute(CommandContext context);

    void undo(CommandContext context);

    /** What views must refresh after execute, undo or redo. */
    Change change();
}
