package org.gloss.api.store;

import java.util.List;
import java.util.Optional;

import org.gloss.model.Memo;
import org.gloss.model.MemoTarget;

/** Memos on the project, documents, codes and codings. One memo per target. */
public interface Memos {
    Optional<Memo> find(MemoTarget target, long targetId);

    List<Memo> list();

    /** Writes the memo of a target, replacing an earlier one. */
    Memo put(MemoTarget target, long targetId, String author, String text);

    void remove(MemoTarget target, long targetId);
}
