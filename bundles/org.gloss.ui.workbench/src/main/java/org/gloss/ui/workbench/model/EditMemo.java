package org.gloss.ui.workbench.model;

import java.util.Optional;

import org.gloss.model.MemoTarget;

/**
 * Writes the memo of the project, a document, a code or a coding, or a free memo named by its
 * title (an empty text removes it); undo gives back the memo that was there before, or none.
 */
public final class EditMemo implements UndoableCommand {
    private final MemoTarget target;
    private final long idAtCreation;
    private final String author;
    private final String text;
    private final String about;
    /** A free memo's title; empty for memos about an object. */
    private final String title;
    /** For codes and codings: their handle, as undoing a removal gives them new ids. */
    private Long handle;
    private Optional<SavedMemo> before;

    /**
     * @param about what the memo is on, for the Edit menu (e.g. "code 'debt concern'")
     */
    public EditMemo(MemoTarget target, long targetId, String author, String text, String about) {
        this(target, targetId, "", author, text, about);
    }

    private EditMemo(MemoTarget target, long targetId, String title, String author, String text, String about) {
        this.target = target;
        this.idAtCreation = targetId;
        this.title = title;
        this.author = author;
        this.text = text == null ? "" : text;
        this.about = about;
    }

    /** Writes the free memo (a journal entry about no object) with this title. */
    public static EditMemo free(String title, String author, String text) {
        return new EditMemo(MemoTarget.FREE, 0, title, author, text, "free memo '" + title + "'");
    }

    @Override
    public String label() {
        return (text.isBlank() ? "remove memo on " : "memo on ") + about;
    }

    @Override
    public void execute(CommandContext context) {
        if (target == MemoTarget.FREE) {
            before = context.session().memos().findFree(title).map(SavedMemo::of);
            write(context, text.isBlank() ? Optional.empty() : Optional.of(new SavedMemo(author, text)), 0);
            return;
        }
        long id = currentId(context);
        before = SavedMemo.of(context, target, id);
        write(context, text.isBlank() ? Optional.empty() : Optional.of(new SavedMemo(author, text)), id);
    }

    @Override
    public void undo(CommandContext context) {
        write(context, before, target == MemoTarget.FREE ? 0 : currentId(context));
    }

    private void write(CommandContext context, Optional<SavedMemo> memo, long id) {
        if (target == MemoTarget.FREE) {
            if (memo.isPresent()) {
                context.session().memos().putFree(title, memo.get().author(), memo.get().text());
            } else {
                context.session().memos().removeFree(title);
            }
        } else if (memo.isPresent()) {
            memo.get().writeOn(context, target, id);
        } else {
            context.session().memos().remove(target, id);
        }
    }

    private long currentId(CommandContext context) {
        return switch (target) {
            case CODE -> context.code(handle == null ? handle = context.codeHandle(idAtCreation) : handle);
            case CODING -> context.coding(handle == null ? handle = context.codingHandle(idAtCreation) : handle);
            case PROJECT, DOCUMENT, FREE -> idAtCreation;
        };
    }

    @Override
    public Change change() {
        return Change.of(Change.Kind.MEMOS);
    }
}
