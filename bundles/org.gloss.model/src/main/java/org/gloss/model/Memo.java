package org.gloss.model;

import java.time.Instant;

/** A memo attached to the project, a document, a code or a coding. */
public record Memo(long id, MemoTarget target, long targetId, String author, String text, Instant updated) {
}
