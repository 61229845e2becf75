package org.gloss.chart.render.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

import org.gloss.api.chart.Rgb;
import org.gloss.api.chart.Scene;

/** Paints a scene on a Graphics2D, shape by shape, in scene pixels. */
final class Java2dPainter {
    private final Fonts fonts;

    Java2dPainter(Fonts fonts) {
        this.fonts = fonts;
    }

    void paint(Scene scene, Graphics2D g, String footNote) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(color(scene.background()));
        g.fill(new Rectangle2D.Double(0, 0, scene.width(), scene.height()));
        for (Scene.Shape shape : scene.shapes()) {
            if (shape instanceof Scene.Rect r) {
                fillAndStroke(g, new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()), r.fill(), r.stroke(), r.strokeWidth());
            } else if (shape instanceof Scene.Line l) {
                g.setColor(color(l.stroke()));
                g.setStroke(new BasicStroke((float) l.strokeWidth()));
                g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
            } else if (shape instanceof Scene.Circle c) {
                fillAndStroke(g, new Ellipse2D.Double(c.cx() - c.radius(), c.cy() - c.radius(), 2 * c.radius(), 2 * c.radius()),
                        c.fill(), c.stroke(), c.strokeWidth());
            } else if (shape instanceof Scene.Wedge w) {
                fillAndStroke(g, wedge(w), w.fill(), w.stroke(), w.strokeWidth());
            } else if (shape instanceof Scene.Text t) {
                text(g, t);
            }
        }
        if (footNote != null) {
            text(g, new Scene.Text(4, scene.height() - 4, footNote, 10, false, Scene.Anchor.START, new Rgb(0xaa, 0x22, 0x22), 0, null));
        }
    }

    private static void fillAndStroke(Graphics2D g, java.awt.Shape s, Rgb fill, Rgb stroke, double width) {
        if (fill != null) {
            g.setColor(color(fill));
            g.fill(s);
        }
        if (stroke != null && width > 0) {
            g.setColor(color(stroke));
            g.setStroke(new BasicStroke((float) width));
            g.draw(s);
        }
    }

    /** Scene angles start at twelve o'clock and run clockwise; Java2D's start at three and run counter-clockwise. */
    static Path2D wedge(Scene.Wedge w) {
        double start = 90 - w.startAngle();
        Path2D.Double path = new Path2D.Double();
        double ro = w.outerRadius();
        path.append(new Arc2D.Double(w.cx() - ro, w.cy() - ro, 2 * ro, 2 * ro, start, -w.extent(), Arc2D.OPEN), false);
        double ri = w.innerRadius();
        if (ri > 0) {
            path.append(new Arc2D.Double(w.cx() - ri, w.cy() - ri, 2 * ri, 2 * ri, start - w.extent(), w.extent(), Arc2D.OPEN), true);
        } else {
            path.lineTo(w.cx(), w.cy());
        }
        path.closePath();
        return path;
    }

    private void text(Graphics2D g, Scene.Text t) {
        if (t.text().isEmpty()) {
            return;
        }
        Font font = fonts.font(t.text(), t.size(), t.bold());
        g.setFont(font);
        g.setColor(color(t.color()));
        double width = t.anchor() == Scene.Anchor.START ? 0 : font.getStringBounds(t.text(), g.getFontRenderContext()).getWidth();
        double dx = t.anchor() == Scene.Anchor.MIDDLE ? -width / 2 : t.anchor() == Scene.Anchor.END ? -width : 0;
        AffineTransform saved = g.getTransform();
        if (t.rotation() != 0) {
            g.rotate(Math.toRadians(t.rotation()), t.x(), t.y());
        }
        g.drawString(t.text(), (float) (t.x() + dx), (float) t.y());
        g.setTransform(saved);
    }

    private static Color color(Rgb rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue());
    }
}
