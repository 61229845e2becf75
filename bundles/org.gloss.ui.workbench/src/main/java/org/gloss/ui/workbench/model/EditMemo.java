package org.gloss.ui.workbench.model;

import java.util.Optional;

import org.gloss.model.MemoTarget;

/**
 * Writes the memo of the project, a document, a code or a coding (an empty text removes it);
 * undo gives back the memo that was there before, or none.
 */
public final class EditMemo implements UndoableCommand {
    private final MemoTarget target;
    private final long idAtCreation;
    private final String author;
    private final String text;
    private final String about;
    /** For codes and codings: their handle, as undoing a removal gives them new ids. */
    private Long handle;
    private Optional<SavedMemo> before;

    /**
     * @param about what the memo is on, for the Edit menu (e.g. "code 'debt concern'")
     */
    public EditMemo(MemoTarget target, long targetId, String author, String text, String about) {
        this.target = target;
        this.idAtCreation = targetId;
        this.author = author;
        this.text = text == null ? "" : text;
        this.about = about;
    }

    @Override
    public String label() {
        return (text.isBlank() ? "remove memo on " : "memo on ") + about;
    }

    @Override
    public void execute(CommandContext context) {
        long id = currentId(context);
        before = SavedMemo.of(context, target, id);
        if (text.isBlank()) {
            context.session().memos().remove(target, id);
        } else {
            context.session().memos().put(target, id, author, text);
        }
    }

    @Override
    public void undo(CommandContext context) {
        long id = currentId(context);
        if (before.isPresent()) {
            before.get().writeOn(context, target, id);
        } else {
            context.session().memos().remove(target, id);
        }
    }

    private long currentId(CommandContext context) {
        return switch (target) {
            case CODE -> context.code(handle == null ? handle = context.codeHandle(idAtCreation) : handle);
            case CODING -> context.coding(handle == null ? handle = context.codingHandle(idAtCreation) : handle);
            case PROJECT, DOCUMENT -> idAtCreation;
        };
    }

    @Override
    public Change change() {
        return Change.of(Change.Kind.MEMOS);
    }
}
