package org.gloss.api.chart;

import java.util.List;
import java.util.Objects;

/**
 * A drawing in pixels (origin at the top left, y down), renderer-neutral: shapes painted in list
 * order over the background. Every renderer (SVG, PNG, a JavaFX canvas) paints the same shapes:
 * rectangles, lines, circles, annular wedges (sunbursts) and text. Text is given with its size,
 * weight, anchor and rotation; renderers choose fonts from {@link #FONT_FAMILIES}.
 */
public record Scene(double width, double height, Rgb background, List<Shape> shapes) {
    /** Font families in order of preference: Latin, Cyrillic (Kazakh letters too), then CJK. */
    public static final List<String> FONT_FAMILIES = List.of("Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial",
            "Noto Sans CJK SC", "Source Han Sans", "WenQuanYi Micro Hei", "Microsoft YaHei", "sans-serif");

    public Scene {
        Objects.requireNonNull(background, "background");
        shapes = List.copyOf(shapes);
    }

    /** One thing painted. {@code item} is the {@link ChartItem#id()} the shape stands for, or null for decoration. */
    public sealed interface Shape permits Rect, Line, Circle, Wedge, Text {
        String item();
    }

    /** How text lies on its point: its start, middle or end there. */
    public enum Anchor {
        START, MIDDLE, END
    }

    /** A rectangle; a null fill or stroke is not painted. */
    public record Rect(double x, double y, double width, double height, Rgb fill, Rgb stroke, double strokeWidth,
                       String item) implements Shape {
    }

    /** A straight line. */
    public record Line(double x1, double y1, double x2, double y2, Rgb stroke, double strokeWidth, String item)
            implements Shape {
    }

    /** A circle; a null fill or stroke is not painted. */
    public record Circle(double cx, double cy, double radius, Rgb fill, Rgb stroke, double strokeWidth, String item)
            implements Shape {
    }

    /**
     * The part of a ring between two radii and two angles (degrees, 0 at twelve o'clock, clockwise);
     * an inner radius of 0 makes a pie slice.
     */
    public record Wedge(double cx, double cy, double innerRadius, double outerRadius, double startAngle, double extent,
                        Rgb fill, Rgb stroke, double strokeWidth, String item) implements Shape {
    }

    /**
     * One line of text with its baseline at y.
     *
     * @param rotation degrees clockwise around (x, y); 0 for horizontal text
     */
    public record Text(double x, double y, String text, double size, boolean bold, Anchor anchor, Rgb color,
                       double rotation, String item) implements Shape {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(color, "color");
        }
    }
}
