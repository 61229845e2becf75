package org.gloss.chart.internal;

import java.util.ArrayList;
import java.util.List;

import org.gloss.api.chart.Rgb;
import org.gloss.api.chart.Scene;
import org.gloss.api.chart.Scene.Anchor;

/** Collects the shapes of a scene in painting order. */
final class SceneBuilder {
    static final Rgb TEXT = new Rgb(0x22, 0x22, 0x22);
    static final Rgb MUTED = new Rgb(0x66, 0x66, 0x66);
    static final Rgb GRID = new Rgb(0xdd, 0xdd, 0xdd);
    static final Rgb EMPTY = new Rgb(0xf0, 0xf0, 0xf0);

    private final double width;
    private final double height;
    private final List<Scene.Shape> shapes = new ArrayList<>();

    SceneBuilder(double width, double height) {
        this.width = width;
        this.height = height;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    void rect(double x, double y, double w, double h, Rgb fill, Rgb stroke, String item) {
        shapes.add(new Scene.Rect(x, y, w, h, fill, stroke, stroke == null ? 0 : 1, item));
    }

    void line(double x1, double y1, double x2, double y2, Rgb stroke, double strokeWidth, String item) {
        shapes.add(new Scene.Line(x1, y1, x2, y2, stroke, strokeWidth, item));
    }

    void circle(double cx, double cy, double radius, Rgb fill, Rgb stroke, String item) {
        shapes.add(new Scene.Circle(cx, cy, radius, fill, stroke, stroke == null ? 0 : 1, item));
    }

    void wedge(double cx, double cy, double inner, double outer, double start, double extent, Rgb fill, Rgb stroke, String item) {
        shapes.add(new Scene.Wedge(cx, cy, inner, outer, start, extent, fill, stroke, stroke == null ? 0 : 1, item));
    }

    void text(double x, double y, String text, double size, boolean bold, Anchor anchor, Rgb color, String item) {
        shapes.add(new Scene.Text(x, y, text, size, bold, anchor, color, 0, item));
    }

    void rotatedText(double x, double y, String text, double size, Anchor anchor, Rgb color, double rotation) {
        shapes.add(new Scene.Text(x, y, text, size, false, anchor, color, rotation, null));
    }

    /** Black or white, whichever reads better on {@code fill}. */
    static Rgb textOn(Rgb fill) {
        return fill.luminance() > 0.35 ? TEXT : Rgb.WHITE;
    }

    Scene build() {
        return new Scene(width, height, Rgb.WHITE, shapes);
    }
}
