package org.gloss.ui.workbench.model;

import org.gloss.api.store.ProjectSession;

/**
 * What commands work on: the project, and stable handles for the codes and codings they touch.
 * Undoing a removal adds an entity again under a new id (and the store may give a removed id to
 * a new entity), so commands never keep store ids across steps: they turn an id into a handle
 * the first time they see it and ask for the entity's current id through the handle.
 */
public interface CommandContext {
    ProjectSession session();

    /** The handle of a live code, made on first use. */
    long codeHandle(long currentId);

    /** The handle of a code just created (never one of an earlier entity with the same id). */
    long newCodeHandle(long currentId);

    /** The current id of a handle's code. */
    long code(long handle);

    /** The handle's code exists again, under this id. */
    void codeNowAt(long handle, long currentId);

    /** The handle's code was removed. */
    void codeGone(long handle);

    long codingHandle(long currentId);

    long newCodingHandle(long currentId);

    long coding(long handle);

    void codingNowAt(long handle, long currentId);

    void codingGone(long handle);
}
