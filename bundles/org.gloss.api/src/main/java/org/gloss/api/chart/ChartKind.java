package org.gloss.api.chart;

import java.util.List;

import org.gloss.api.analysis.AnalysisSegment;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One kind of chart, registered as an OSGi service: "frequencies", "cooccurrence", "portrait"...
 * It draws from the analysis and agreement services, never recomputing what they compute.
 */
@ConsumerType
public interface ChartKind {
    /** Short name used on the command line and in the workbench's chooser, e.g. "frequencies". */
    String id();

    /** What a chooser shows, e.g. "Code frequencies". */
    String title();

    /** One line saying what the chart shows. */
    String description();

    /** What the request must give besides the filter (a document, coders). */
    List<ChartInput> needs();

    /** The options this kind understands, with their choices and defaults. */
    List<ChartOption> options();

    /**
     * The chart of the project as the request says.
     *
     * @throws org.gloss.api.error.GlossException naming the problem for an unknown code, document,
     *                                            coder or attribute, a missing input or a bad option value
     */
    Chart draw(ChartProject project, ChartRequest request);

    /**
     * The passages behind one item of a chart this kind drew with the same request (drill-down:
     * the view lists and opens them), by document and position.
     */
    List<AnalysisSegment> segments(ChartProject project, ChartRequest request, ChartItem item);
}
