package org.gloss.ui.workbench.api;

import java.util.List;

import org.gloss.api.store.ProjectSession;
import org.gloss.model.TextSpan;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The hits of the search a user ran last, for document views to mark (see
 * {@link WorkbenchContext#markSearchHits}). The workbench asks for one document's hits when the
 * document is open, so a broad search never computes the hits of documents nobody looks at.
 */
@FunctionalInterface
@ConsumerType
public interface SearchHitMarks {
    /**
     * The hits in one document as code-point spans, sorted by start; called off the FX thread
     * with a session of that thread. A search that fails gives no hits rather than an error.
     */
    List<TextSpan> hitsIn(ProjectSession session, long documentId);
}
