package org.gloss.model;

import java.time.Instant;

/**
 * A memo: about the project, a document, a code or a coding (one memo per object), or a free memo
 * (a journal entry about no object) named by its title.
 *
 * @param targetId the object's id; 0 for the project and for free memos
 * @param title    a free memo's title; empty for memos about an object
 */
public record Memo(long id, MemoTarget target, long targetId, String title, String author, String text, Instant updated) {
    public Memo {
        title = title == null ? "" : title;
    }

    /** A memo about an object (not a free memo). */
    public Memo(long id, MemoTarget target, long targetId, String author, String text, Instant updated) {
        this(id, target, targetId, "", author, text, updated);
    }
}
