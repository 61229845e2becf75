package org.gloss.api.chart;

import java.util.Objects;

import org.gloss.api.analysis.ProjectAnalysis;
import org.gloss.api.store.ProjectSession;

/**
 * The project a chart is drawn from: its open session and the analysis read from it (opened once,
 * so a view redrawing charts does not read the codings again for each).
 */
public record ChartProject(ProjectSession session, ProjectAnalysis analysis) {
    public ChartProject {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(analysis, "analysis");
    }
}
