package org.gloss.ui.chart.internal;

import org.gloss.api.analysis.AnalysisService;

/** What the chart view uses: the analysis engine, the installed chart kinds and writers, where exports go. */
record ChartServices(AnalysisService analysis, InstalledCharts charts, FileTargets targets) {
}
