package org.gloss.api.analysis;

import java.util.List;

import org.gloss.api.store.ProjectSession;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Word frequencies from a project's search index (the index's own words and stems, so they agree
 * with search), with the keyword-in-context lines behind each word.
 */
@ProviderType
public interface WordFrequencies {
    WordTable count(ProjectSession project, WordRequest request);

    /**
     * Every occurrence counted for {@code word} (a {@link WordCount#stem()} of a {@link #count}
     * with the same request), by document and position, with {@code contextWidth} code points of
     * context on each side.
     */
    List<AnalysisSegment> occurrences(ProjectSession project, WordRequest request, String stem, int contextWidth);

    /** The languages with a stop list ("en", "ru", "kk"). */
    List<String> stopListLanguages();
}
