package org.gloss.ui.analysis.internal;

import java.util.List;
import java.util.function.Supplier;

import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.analysis.AnalysisTables;
import org.gloss.api.exporter.TableExporter;

/**
 * What the analysis views use: the engine, its tables, the table exporters installed now, and
 * where exports go.
 */
record Services(AnalysisService analysis, AnalysisTables tables, Supplier<List<TableExporter>> exporters,
                FileTargets targets) {
}
