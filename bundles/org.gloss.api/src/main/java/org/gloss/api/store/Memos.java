package org.gloss.api.store;

import java.util.List;
import java.util.Optional;

import org.gloss.model.Memo;
import org.gloss.model.MemoTarget;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The project's memos, the one place every memo lives: one per object (the project, a document, a
 * code, a coding; a coding's memo is also its {@link org.gloss.model.Coding#memo()}), plus free
 * memos that belong to no object and are named by a title. A removed object takes its memo along.
 */
@ProviderType
public interface Memos {
    /** The memo about an object; {@code target} is not {@link MemoTarget#FREE}. */
    Optional<Memo> find(MemoTarget target, long targetId);

    /** The free memo with this title. */
    Optional<Memo> findFree(String title);

    /** Every memo, free ones included, by target kind, object and title. */
    List<Memo> list();

    /** Writes the memo about an object, replacing an earlier one. */
    Memo put(MemoTarget target, long targetId, String author, String text);

    /** Writes the free memo with this (non-blank) title, replacing an earlier one. */
    Memo putFree(String title, String author, String text);

    void remove(MemoTarget target, long targetId);

    void removeFree(String title);
}
