package org.gloss.chart.internal;

import java.util.List;
import java.util.Locale;

import org.gloss.api.chart.Rgb;
import org.gloss.api.chart.Scene.Anchor;

/**
 * The parts every chart has around its plot: the title, the note of the filters it was drawn with,
 * a legend (right of the plot) and value axes. Leaves the plot's rectangle for the chart.
 */
final class Frame {
    static final double MARGIN = 16;
    static final double TITLE_SIZE = 18;
    static final double NOTE_SIZE = 11;
    static final double LABEL_SIZE = 12;
    static final double LEGEND_SIZE = 11;
    static final double LEGEND_SWATCH = 11;

    /** One legend entry. */
    record Entry(String label, Rgb color) {
    }

    /** The plot's rectangle. */
    record Plot(double x, double y, double width, double height) {
        double right() {
            return x + width;
        }

        double bottom() {
            return y + height;
        }
    }

    private Frame() {
    }

    /**
     * Draws title and note and the legend (if any entries) and returns what is left for the plot.
     *
     * @param footer room kept below the plot (axis labels)
     */
    static Plot draw(SceneBuilder scene, String title, String note, List<Entry> legend, double footer) {
        double width = scene.width();
        double top = MARGIN + TITLE_SIZE;
        scene.text(MARGIN, top, TextWidth.fit(title, TITLE_SIZE, width - 2 * MARGIN), TITLE_SIZE, true, Anchor.START, SceneBuilder.TEXT, null);
        top += NOTE_SIZE + 8;
        scene.text(MARGIN, top, TextWidth.fit(note, NOTE_SIZE, width - 2 * MARGIN), NOTE_SIZE, false, Anchor.START, SceneBuilder.MUTED, null);
        top += 16;
        double right = width - MARGIN;
        if (!legend.isEmpty()) {
            double legendWidth = Math.min(width * 0.25, 20 + legend.stream()
                    .mapToDouble(e -> TextWidth.of(e.label(), LEGEND_SIZE)).max().orElse(0));
            double x = right - legendWidth;
            double y = top + 4;
            int shown = 0;
            for (Entry e : legend) {
                if (y + LEGEND_SIZE > scene.height() - MARGIN - LEGEND_SIZE * 1.6) {
                    scene.text(x, y + LEGEND_SIZE - 1, "+ " + (legend.size() - shown) + " more", LEGEND_SIZE, false, Anchor.START,
                            SceneBuilder.MUTED, null);
                    break;
                }
                scene.rect(x, y, LEGEND_SWATCH, LEGEND_SWATCH, e.color(), null, null);
                scene.text(x + LEGEND_SWATCH + 5, y + LEGEND_SWATCH - 1, TextWidth.fit(e.label(), LEGEND_SIZE, legendWidth - 16),
                        LEGEND_SIZE, false, Anchor.START, SceneBuilder.TEXT, null);
                y += LEGEND_SIZE * 1.6;
                shown++;
            }
            right = x - 12;
        }
        return new Plot(MARGIN, top, right - MARGIN, scene.height() - MARGIN - footer - top);
    }

    /**
     * A horizontal value axis along the bottom of {@code plot} from {@code min} to {@code max}:
     * grid lines at round steps, their values, and the axis's label centred below.
     */
    static void valueAxisBelow(SceneBuilder scene, Plot plot, double min, double max, String label, boolean percent) {
        double step = niceStep(max - min, Math.max(2, (int) (plot.width() / 90)));
        for (double v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
            double x = plot.x() + (v - min) / (max - min) * plot.width();
            scene.line(x, plot.y(), x, plot.bottom(), SceneBuilder.GRID, 1, null);
            scene.text(x, plot.bottom() + LABEL_SIZE + 4, number(v, step, percent), LABEL_SIZE - 1, false, Anchor.MIDDLE, SceneBuilder.MUTED, null);
        }
        scene.text(plot.x() + plot.width() / 2, plot.bottom() + 2 * LABEL_SIZE + 10, label, LABEL_SIZE, false, Anchor.MIDDLE,
                SceneBuilder.TEXT, null);
    }

    /** A round step (1, 2 or 5 times a power of ten) that divides {@code range} into about {@code ticks} parts. */
    static double niceStep(double range, int ticks) {
        if (!(range > 0)) {
            return 1;
        }
        double raw = range / ticks;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
    }

    static String number(double v, double step, boolean percent) {
        if (percent) {
            return String.format(Locale.ROOT, step < 0.01 ? "%.1f %%" : "%.0f %%", v * 100);
        }
        if (Math.abs(v) < 1e-12) {
            return "0";
        }
        if (step >= 1 && Math.abs(v - Math.rint(v)) < 1e-9) {
            return String.format(Locale.ROOT, "%,d", (long) Math.rint(v));
        }
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step)));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** A value as a cell or bar shows it: whole numbers whole, others with two decimals. */
    static String value(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Math.abs(v - Math.rint(v)) < 1e-9 && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) Math.rint(v));
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }
}
