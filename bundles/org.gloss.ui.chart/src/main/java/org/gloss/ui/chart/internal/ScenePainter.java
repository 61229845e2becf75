package org.gloss.ui.chart.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.gloss.api.chart.Rgb;
import org.gloss.api.chart.Scene;

/**
 * Paints a chart scene on a JavaFX canvas shape by shape, in the order and with the geometry the
 * SVG and PNG writers use, so that the screen and the files agree. Canvas drawing calls are vector
 * operations that JavaFX rasterises at the window's output scale: the chart stays sharp on HiDPI
 * screens. Fonts: the first of {@link Scene#FONT_FAMILIES} installed (JavaFX falls back for glyphs
 * it lacks, e.g. CJK).
 */
final class ScenePainter {
    static final Color SELECTION = Color.web("#111111");
    private static final String FAMILY = firstInstalledFamily();

    private ScenePainter() {
    }

    private static String firstInstalledFamily() {
        Set<String> installed = new HashSet<>();
        Font.getFamilies().forEach(f -> installed.add(f.toLowerCase(Locale.ROOT)));
        return Scene.FONT_FAMILIES.stream().filter(f -> installed.contains(f.toLowerCase(Locale.ROOT))).findFirst()
                .orElse(Font.getDefault().getFamily());
    }

    static String family() {
        return FAMILY;
    }

    static Font font(double size, boolean bold) {
        return Font.font(FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    /** Paints the scene with its top left corner at the origin of {@code g}'s current transform. */
    static void paint(GraphicsContext g, Scene scene) {
        g.setFill(color(scene.background()));
        g.fillRect(0, 0, scene.width(), scene.height());
        g.setLineCap(StrokeLineCap.BUTT);
        for (Scene.Shape shape : scene.shapes()) {
            paint(g, shape);
        }
    }

    static void paint(GraphicsContext g, Scene.Shape shape) {
        if (shape instanceof Scene.Rect r) {
            if (r.fill() != null) {
                g.setFill(color(r.fill()));
                g.fillRect(r.x(), r.y(), r.width(), r.height());
            }
            if (stroked(r.stroke(), r.strokeWidth())) {
                stroke(g, r.stroke(), r.strokeWidth());
                g.strokeRect(r.x(), r.y(), r.width(), r.height());
            }
        } else if (shape instanceof Scene.Line l) {
            stroke(g, l.stroke(), l.strokeWidth());
            g.strokeLine(l.x1(), l.y1(), l.x2(), l.y2());
        } else if (shape instanceof Scene.Circle c) {
            double d = 2 * c.radius();
            if (c.fill() != null) {
                g.setFill(color(c.fill()));
                g.fillOval(c.cx() - c.radius(), c.cy() - c.radius(), d, d);
            }
            if (stroked(c.stroke(), c.strokeWidth())) {
                stroke(g, c.stroke(), c.strokeWidth());
                g.strokeOval(c.cx() - c.radius(), c.cy() - c.radius(), d, d);
            }
        } else if (shape instanceof Scene.Wedge w) {
            wedgePath(g, w);
            if (w.fill() != null) {
                g.setFill(color(w.fill()));
                g.fill();
            }
            if (stroked(w.stroke(), w.strokeWidth())) {
                stroke(g, w.stroke(), w.strokeWidth());
                g.stroke();
            }
        } else if (shape instanceof Scene.Text t) {
            text(g, t);
        }
    }

    /** Outlines a shape of the selected item, over what is painted. */
    static void outline(GraphicsContext g, Scene.Shape shape, double width) {
        g.setStroke(SELECTION);
        g.setLineWidth(width);
        g.setLineDashes(null);
        if (shape instanceof Scene.Rect r) {
            g.strokeRect(r.x() - width / 2, r.y() - width / 2, r.width() + width, r.height() + width);
        } else if (shape instanceof Scene.Circle c) {
            double radius = c.radius() + width / 2;
            g.strokeOval(c.cx() - radius, c.cy() - radius, 2 * radius, 2 * radius);
        } else if (shape instanceof Scene.Wedge w) {
            wedgePath(g, w);
            g.stroke();
        } else if (shape instanceof Scene.Line l) {
            // a chosen edge darkens, translucent, so that the nodes it joins stay readable
            g.setStroke(SELECTION.deriveColor(0, 1, 1, 0.55));
            g.setLineWidth(l.strokeWidth() + 2 * width);
            g.strokeLine(l.x1(), l.y1(), l.x2(), l.y2());
        } else if (shape instanceof Scene.Text t) {
            double[] box = Hits.textBox(t);
            g.strokeRect(box[0] - 2, box[1] - 2, box[2] + 4, box[3] + 4);
        }
    }

    /**
     * The wedge as a path: the outer arc clockwise from the start angle, then the inner arc back
     * (or the centre). Scene angles start at twelve o'clock and run clockwise; the canvas's start at
     * three o'clock and run counter-clockwise.
     */
    static void wedgePath(GraphicsContext g, Scene.Wedge w) {
        double start = 90 - w.startAngle();
        g.beginPath();
        double[] p = Hits.point(w, w.outerRadius(), w.startAngle());
        g.moveTo(p[0], p[1]);
        g.arc(w.cx(), w.cy(), w.outerRadius(), w.outerRadius(), start, -w.extent());
        if (w.innerRadius() > 0) {
            p = Hits.point(w, w.innerRadius(), w.startAngle() + w.extent());
            g.lineTo(p[0], p[1]);
            g.arc(w.cx(), w.cy(), w.innerRadius(), w.innerRadius(), start - w.extent(), w.extent());
        } else {
            g.lineTo(w.cx(), w.cy());
        }
        g.closePath();
    }

    private static void text(GraphicsContext g, Scene.Text t) {
        if (t.text().isEmpty()) {
            return;
        }
        g.setFont(font(t.size(), t.bold()));
        g.setFill(color(t.color()));
        g.setTextBaseline(VPos.BASELINE);
        g.setTextAlign(switch (t.anchor()) {
            case START -> TextAlignment.LEFT;
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
        });
        if (t.rotation() == 0) {
            g.fillText(t.text(), t.x(), t.y());
            return;
        }
        g.save();
        g.translate(t.x(), t.y());
        g.rotate(t.rotation());
        g.fillText(t.text(), 0, 0);
        g.restore();
    }

    private static boolean stroked(Rgb stroke, double width) {
        return stroke != null && width > 0;
    }

    private static void stroke(GraphicsContext g, Rgb colour, double width) {
        g.setStroke(color(colour));
        g.setLineWidth(width);
    }

    static Color color(Rgb rgb) {
        return Color.rgb(rgb.red(), rgb.green(), rgb.blue());
    }
}
