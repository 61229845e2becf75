package org.gloss.ui.workbench.model;

import org.gloss.api.store.ProjectSession;

/**
 * What commands work on: the project and the identity maps. Undoing a removal adds the entity
 * again under a new id; every command resolves the ids it remembers through {@link #code} and
 * {@link #coding}, so a later undo or redo still finds the entity.
 */
public interface CommandContext {
    ProjectSession session();

    long code(long originalId);

    long coding(long originalId);

    void codeRecreated(long oldId, long newId);

    void codingRecreated(long oldId, long newId);
}
