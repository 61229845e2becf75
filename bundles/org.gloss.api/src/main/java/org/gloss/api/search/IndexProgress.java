package org.gloss.api.search;

import org.osgi.annotation.versioning.ConsumerType;

/** Reports progress of (re)indexing, which can take a while on a large project. */
@FunctionalInterface
@ConsumerType
public interface IndexProgress {
    IndexProgress SILENT = (reason, done, total) -> {
    };

    /**
     * @param reason why the index is being written, e.g. "building the search index (missing)"
     * @param done   documents indexed so far
     * @param total  documents to index in this step
     */
    void update(String reason, int done, int total);
}
