package org.gloss.api.analysis;

import java.util.List;

import org.gloss.api.store.ProjectSession;
import org.osgi.annotation.versioning.ProviderType;

/** The analysis engine, as a service: opens analyses of a project and keeps query results as codings. */
@ProviderType
public interface AnalysisService {
    /** Reads the project's codebook, documents and codings for analyses on this session's thread. */
    ProjectAnalysis open(ProjectSession project);

    /**
     * Checks a code query's syntax without a project; throws the error a run would give (naming the
     * column), so editors can say what is wrong while the user types.
     */
    void validateQuery(String query);

    /**
     * The document condition a user wrote as {@code KEY=VALUE}, or {@code KEY=MIN..MAX} for numbers
     * and {@code yyyy-MM-dd} dates (either bound may be left out), as the command line's
     * {@code --attr} and the workbench's filter take it.
     *
     * @throws org.gloss.api.error.GlossException naming the problem when it is neither
     */
    DocumentCondition attributeCondition(String written);

    /** The words of the code query language, for completion. */
    List<String> queryKeywords();

    /**
     * Codes every segment with {@code code} as {@code coder} in one transaction ("code the
     * results"): the code is created (top level) if it does not exist, the coder too; overlapping
     * segments become one coding; segments the coder already coded with the code are skipped.
     */
    CodingOutcome codeResults(ProjectSession project, List<AnalysisSegment> segments, String code, String coder);
}
