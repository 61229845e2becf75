package org.gloss.ui.workbench.model;

import java.util.Optional;

import org.gloss.model.Memo;
import org.gloss.model.MemoTarget;

/**
 * A memo as it was before a command removed it (or its code or coding), so that undo can write
 * it again on the entity's new id. The store deletes the memo of a removed code or coding.
 */
record SavedMemo(String author, String text) {
    static Optional<SavedMemo> of(CommandContext context, MemoTarget target, long targetId) {
        return context.session().memos().find(target, targetId).map(SavedMemo::of);
    }

    static SavedMemo of(Memo memo) {
        return new SavedMemo(memo.author(), memo.text());
    }

    void writeOn(CommandContext context, MemoTarget target, long targetId) {
        context.session().memos().put(target, targetId, author, text);
    }
}
