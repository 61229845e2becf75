/**
 * Charts: a {@link org.gloss.api.chart.ChartKind} (one service per kind; a plugin adds its own)
 * turns a project and a {@link org.gloss.api.chart.ChartRequest} into a {@link org.gloss.api.chart.Chart}:
 * its data (what each bar, tile, cell or node stands for: codes, documents, counts) and a
 * renderer-neutral {@link org.gloss.api.chart.Scene} (rectangles, lines, circles, wedges and text
 * with RGB colours, in pixels with the origin at the top left) that a {@link org.gloss.api.chart.ChartWriter}
 * writes as SVG or PNG and a JavaFX canvas can paint shape by shape. Definitions: docs/charts.md.
 */
@Export
@Version("1.0.0")
package org.gloss.api.chart;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
