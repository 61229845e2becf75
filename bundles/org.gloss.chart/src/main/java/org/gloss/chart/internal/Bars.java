package org.gloss.chart.internal;

import java.util.List;

import org.gloss.api.chart.Rgb;
import org.gloss.api.chart.Scene.Anchor;

/**
 * Horizontal bars, one per row, each of one or more stacked parts, with an optional interval
 * (whiskers), labels on the left (with the row's code colour as a swatch) and a value axis below.
 */
final class Bars {
    static final double AXIS_ROOM = 2 * Frame.LABEL_SIZE + 16;

    /** One part of a bar: its item, value and colour. */
    record Part(String item, double value, Rgb color) {
    }

    /** One row. {@code swatch} may be null; {@code low}/{@code high} NaN without an interval. */
    record Bar(String label, Rgb swatch, List<Part> parts, double low, double high) {
        double total() {
            return parts.stream().mapToDouble(Part::value).sum();
        }
    }

    private Bars() {
    }

    /** Draws the bars in {@code plot} on a value axis from {@code min} to {@code max}; the axis goes below the plot. */
    static void draw(SceneBuilder scene, Frame.Plot plot, List<Bar> bars, double min, double max, String axisLabel, boolean percent) {
        int n = Math.max(1, bars.size());
        double band = plot.height() / n;
        double labelSize = Math.min(Frame.LABEL_SIZE, Math.max(6, band * 0.8));
        int labelEvery = band >= 7 ? 1 : (int) Math.ceil(7 / band);
        boolean swatches = bars.stream().anyMatch(b -> b.swatch() != null);
        double labelWidth = Math.min(plot.width() * 0.35, 8 + (swatches ? labelSize + 4 : 0)
                + bars.stream().mapToDouble(b -> TextWidth.of(b.label(), labelSize)).max().orElse(0));
        double valueRoom = band >= 9 ? 48 : 0;
        Frame.Plot area = new Frame.Plot(plot.x() + labelWidth, plot.y(), Math.max(10, plot.width() - labelWidth - valueRoom), plot.height());
        if (!(max > min)) {
            max = min + 1;
        }
        Frame.valueAxisBelow(scene, area, min, max, axisLabel, percent);
        double scale = area.width() / (max - min);
        double zero = area.x() + (Math.max(min, 0) - min) * scale;
        double thickness = Math.min(28, Math.max(1, band * 0.72));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double top = plot.y() + i * band + (band - thickness) / 2;
            double mid = plot.y() + i * band + band / 2;
            if (i % labelEvery == 0) {
                // the code's colour right of its name, next to the bar
                double swatch = swatches ? labelSize * 0.8 + 4 : 0;
                String label = TextWidth.fit(bar.label(), labelSize, labelWidth - 8 - swatch);
                scene.text(area.x() - 6 - swatch, mid + labelSize * 0.35, label, labelSize, false, Anchor.END, SceneBuilder.TEXT, null);
                if (bar.swatch() != null) {
                    scene.rect(area.x() - 6 - labelSize * 0.8, mid - labelSize * 0.4, labelSize * 0.8, labelSize * 0.8, bar.swatch(), null, null);
                }
            }
            double x = zero;
            for (Part part : bar.parts()) {
                double w = part.value() * scale;
                double left = w >= 0 ? x : x + w;
                if (Math.abs(w) > 0) {
                    scene.rect(left, top, Math.abs(w), thickness, part.color(), null, part.item());
                }
                x += Math.max(0, w);
            }
            double end = zero + bar.total() * scale;
            if (!Double.isNaN(bar.low()) && !Double.isNaN(bar.high())) {
                double lo = area.x() + (Math.max(min, bar.low()) - min) * scale;
                double hi = area.x() + (Math.min(max, bar.high()) - min) * scale;
                scene.line(lo, mid, hi, mid, SceneBuilder.TEXT, 1.2, null);
                double cap = Math.min(thickness / 2, 6);
                scene.line(lo, mid - cap, lo, mid + cap, SceneBuilder.TEXT, 1.2, null);
                scene.line(hi, mid - cap, hi, mid + cap, SceneBuilder.TEXT, 1.2, null);
                end = Math.max(end, hi);
            }
            if (valueRoom > 0) {
                String text = percent ? Frame.number(bar.total(), 0.001, true) : Frame.value(bar.total());
                scene.text(Math.max(end, zero) + 4, mid + labelSize * 0.35, text, Math.min(labelSize, 11), false, Anchor.START,
                        SceneBuilder.MUTED, null);
            }
        }
        scene.line(zero, plot.y(), zero, plot.bottom(), SceneBuilder.MUTED, 1, null);
    }
}
