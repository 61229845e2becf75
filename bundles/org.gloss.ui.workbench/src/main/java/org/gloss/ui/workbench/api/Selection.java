package org.gloss.ui.workbench.api;

import org.gloss.model.MemoTarget;

/**
 * What the user last selected or brought to the front (a document, a code, a coding, the project,
 * a free memo): the memo editor follows it. For a free memo ({@link MemoTarget#FREE}) the label
 * is the memo's title and the id 0.
 */
public record Selection(MemoTarget target, long id, String label) {
    public static Selection project(String name) {
        return new Selection(MemoTarget.PROJECT, 0, name);
    }

    /** The free memo (journal entry) with this title. */
    public static Selection free(String title) {
        return new Selection(MemoTarget.FREE, 0, title);
    }
}
