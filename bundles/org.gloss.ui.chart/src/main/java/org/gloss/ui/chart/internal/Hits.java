package org.gloss.ui.chart.internal;

import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.text.Text;

import org.gloss.api.chart.Scene;

/**
 * Which chart item lies under a point of the scene: the topmost shape (the last painted) that
 * stands for an item and contains the point. Lines count within a few pixels, so that thin
 * network edges can be hit.
 */
final class Hits {
    /** How far from a line a point still hits it, in scene pixels. */
    static final double LINE_SLACK = 3;

    /** Where along a wedge or line to try, the middle first. */
    private static final double[] FRACTIONS = {0.5, 0.25, 0.75, 0.1, 0.9};

    private Hits() {
    }

    /** The item id under (x, y) in scene pixels, or null. */
    static String itemAt(Scene scene, double x, double y) {
        List<Scene.Shape> shapes = scene.shapes();
        for (int i = shapes.size() - 1; i >= 0; i--) {
            Scene.Shape shape = shapes.get(i);
            if (shape.item() != null && contains(shape, x, y)) {
                return shape.item();
            }
        }
        return null;
    }

    static boolean contains(Scene.Shape shape, double x, double y) {
        if (shape instanceof Scene.Rect r) {
            return x >= r.x() && x <= r.x() + r.width() && y >= r.y() && y <= r.y() + r.height();
        }
        if (shape instanceof Scene.Circle c) {
            return Math.hypot(x - c.cx(), y - c.cy()) <= c.radius();
        }
        if (shape instanceof Scene.Wedge w) {
            return inWedge(w, x, y);
        }
        if (shape instanceof Scene.Line l) {
            return distanceToSegment(x, y, l.x1(), l.y1(), l.x2(), l.y2()) <= Math.max(LINE_SLACK, l.strokeWidth() / 2 + 1);
        }
        if (shape instanceof Scene.Text t) {
            double[] p = {x, y};
            if (t.rotation() != 0) {
                double a = Math.toRadians(-t.rotation());
                double dx = x - t.x();
                double dy = y - t.y();
                p = new double[] {t.x() + dx * Math.cos(a) - dy * Math.sin(a), t.y() + dx * Math.sin(a) + dy * Math.cos(a)};
            }
            double[] box = textBox(t);
            return p[0] >= box[0] && p[0] <= box[0] + box[2] && p[1] >= box[1] && p[1] <= box[1] + box[3];
        }
        return false;
    }

    static boolean inWedge(Scene.Wedge w, double x, double y) {
        double dx = x - w.cx();
        double dy = y - w.cy();
        double r = Math.hypot(dx, dy);
        if (r < w.innerRadius() || r > w.outerRadius()) {
            return false;
        }
        if (Math.abs(w.extent()) >= 360) {
            return true;
        }
        double angle = Math.toDegrees(Math.atan2(dx, -dy));
        double from = w.extent() >= 0 ? w.startAngle() : w.startAngle() + w.extent();
        double offset = ((angle - from) % 360 + 360) % 360;
        return offset <= Math.abs(w.extent());
    }

    /** The point at {@code degrees} (twelve o'clock, clockwise) and {@code radius} from the wedge's centre. */
    static double[] point(Scene.Wedge w, double radius, double degrees) {
        double a = Math.toRadians(degrees);
        return new double[] {w.cx() + radius * Math.sin(a), w.cy() - radius * Math.cos(a)};
    }

    /** The unrotated box of a text: x, y (top), width, height, in scene pixels. */
    static double[] textBox(Scene.Text t) {
        Text measure = new Text(t.text());
        measure.setFont(ScenePainter.font(t.size(), t.bold()));
        measure.setTextOrigin(VPos.BASELINE);
        Bounds b = measure.getLayoutBounds();
        double dx = switch (t.anchor()) {
            case START -> 0;
            case MIDDLE -> -b.getWidth() / 2;
            case END -> -b.getWidth();
        };
        return new double[] {t.x() + dx, t.y() + b.getMinY(), b.getWidth(), b.getHeight()};
    }

    /**
     * A point where the item can be hit (its shape is the topmost there), preferring the centre of
     * its first bar, tile, cell, node or wedge; null when it is not drawn or wholly covered by others
     * (a parent's rectangle under its children's in a treemap without a header).
     */
    static double[] anchorOf(Scene scene, String item) {
        for (Scene.Shape shape : scene.shapes()) {
            if (item.equals(shape.item())) {
                for (double[] p : candidates(shape)) {
                    if (item.equals(itemAt(scene, p[0], p[1]))) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    /** Points in the shape: its centre first, then a grid over it. */
    private static List<double[]> candidates(Scene.Shape shape) {
        List<double[]> points = new java.util.ArrayList<>();
        final int n = 8;
        if (shape instanceof Scene.Rect r) {
            points.add(new double[] {r.x() + r.width() / 2, r.y() + r.height() / 2});
            grid(points, r.x(), r.y(), r.width(), r.height(), n);
        } else if (shape instanceof Scene.Circle c) {
            points.add(new double[] {c.cx(), c.cy()});
            grid(points, c.cx() - c.radius(), c.cy() - c.radius(), 2 * c.radius(), 2 * c.radius(), n);
        } else if (shape instanceof Scene.Wedge w) {
            for (double across : FRACTIONS) {
                for (double along : FRACTIONS) {
                    points.add(point(w, w.innerRadius() + (w.outerRadius() - w.innerRadius()) * across, w.startAngle() + w.extent() * along));
                }
            }
        } else if (shape instanceof Scene.Line l) {
            for (double t : FRACTIONS) {
                points.add(new double[] {l.x1() + (l.x2() - l.x1()) * t, l.y1() + (l.y2() - l.y1()) * t});
            }
        } else if (shape instanceof Scene.Text t && t.rotation() == 0) {
            double[] box = textBox(t);
            points.add(new double[] {box[0] + box[2] / 2, box[1] + box[3] / 2});
            grid(points, box[0], box[1], box[2], box[3], n);
        }
        return points;
    }

    private static void grid(List<double[]> points, double x, double y, double w, double h, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                points.add(new double[] {x + w * (i + 0.5) / n, y + h * (j + 0.5) / n});
            }
        }
    }

    static double distanceToSegment(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / lengthSquared));
        return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
    }
}
