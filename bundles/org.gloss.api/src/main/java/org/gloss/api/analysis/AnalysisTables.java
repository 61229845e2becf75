package org.gloss.api.analysis;

import org.gloss.api.exporter.ResultTable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Every analysis result as a table with named columns, the same for the command line's CSV and
 * table output and the workbench's export, so that both write the same columns.
 */
@ProviderType
public interface AnalysisTables {
    ResultTable of(QueryResult result);

    /** One row per pair. */
    ResultTable of(CooccurrenceTable table);

    /** The code x code table of one measure ("pairs", "documents", "c" or "jaccard"). */
    ResultTable square(CooccurrenceTable table, String measure);

    ResultTable of(CodeMatrix matrix);

    ResultTable of(FrequencyTable table);

    ResultTable of(WordTable table);

    /** Passages behind a number (drill-down), one per row. */
    ResultTable segments(String name, java.util.List<AnalysisSegment> segments);

    /** Pairs of segments behind a co-occurrence (drill-down), one pair per row. */
    ResultTable pairs(String name, java.util.List<CooccurrenceInstance> pairs);
}
