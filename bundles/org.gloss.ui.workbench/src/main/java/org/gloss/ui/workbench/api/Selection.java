package org.gloss.ui.workbench.api;

import org.gloss.model.MemoTarget;

/** What the user last selected (a document, a code, a coding, the project): the memo editor follows it. */
public record Selection(MemoTarget target, long id, String label) {
    public static Selection project(String name) {
        return new Selection(MemoTarget.PROJECT, 0, name);
    }
}
