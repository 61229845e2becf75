package org.gloss.ui.workbench.model;

import java.util.List;

import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Coding;

/** The codings of one code, as commands remember them before changing the codebook. */
final class CodeSnapshotCodings {
    private CodeSnapshotCodings() {
    }

    static List<Coding> of(ProjectSession session, long codeId) {
        return session.codings().list(new CodingFilter(null, codeId, null));
    }
}
