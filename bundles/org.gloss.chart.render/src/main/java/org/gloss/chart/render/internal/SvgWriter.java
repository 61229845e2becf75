package org.gloss.chart.render.internal;

import java.io.OutputStream;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.gloss.api.chart.Rgb;
import org.gloss.api.chart.Scene;

/**
 * Writes a scene as an SVG 1.1 document with the JDK's StAX writer (escaping is the writer's):
 * one element per shape, text as {@code <text>} with its anchor and the font family list, and
 * {@code data-item} naming the chart item a shape stands for.
 */
final class SvgWriter {
    static final String SVG = "http://www.w3.org/2000/svg";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final String FAMILIES = String.join(", ", Scene.FONT_FAMILIES.stream()
            .map(f -> f.equals("sans-serif") ? f : "'" + f + "'").toList());

    private SvgWriter() {
    }

    static void write(Scene scene, String title, String footNote, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(SVG);
        xml.writeStartElement(SVG, "svg");
        xml.writeDefaultNamespace(SVG);
        xml.writeAttribute("version", "1.1");
        xml.writeAttribute("width", n(scene.width()));
        xml.writeAttribute("height", n(scene.height()));
        xml.writeAttribute("viewBox", "0 0 " + n(scene.width()) + " " + n(scene.height()));
        xml.writeAttribute("font-family", FAMILIES);
        if (title != null) {
            xml.writeStartElement(SVG, "title");
            xml.writeCharacters(title);
            xml.writeEndElement();
        }
        xml.writeEmptyElement(SVG, "rect");
        xml.writeAttribute("width", "100%");
        xml.writeAttribute("height", "100%");
        xml.writeAttribute("fill", scene.background().hex());
        for (Scene.Shape shape : scene.shapes()) {
            shape(xml, shape);
        }
        if (footNote != null) {
            shape(xml, new Scene.Text(4, scene.height() - 4, footNote, 10, false, Scene.Anchor.START, new Rgb(0xaa, 0x22, 0x22), 0, null));
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private static void shape(XMLStreamWriter xml, Scene.Shape shape) throws XMLStreamException {
        if (shape instanceof Scene.Text t) {
            text(xml, t);
            return;
        }
        if (shape instanceof Scene.Rect r) {
            xml.writeEmptyElement(SVG, "rect");
            xml.writeAttribute("x", n(r.x()));
            xml.writeAttribute("y", n(r.y()));
            xml.writeAttribute("width", n(r.width()));
            xml.writeAttribute("height", n(r.height()));
            paint(xml, r.fill(), r.stroke(), r.strokeWidth());
        } else if (shape instanceof Scene.Line l) {
            xml.writeEmptyElement(SVG, "line");
            xml.writeAttribute("x1", n(l.x1()));
            xml.writeAttribute("y1", n(l.y1()));
            xml.writeAttribute("x2", n(l.x2()));
            xml.writeAttribute("y2", n(l.y2()));
            xml.writeAttribute("stroke", l.stroke().hex());
            xml.writeAttribute("stroke-width", n(l.strokeWidth()));
        } else if (shape instanceof Scene.Circle c) {
            xml.writeEmptyElement(SVG, "circle");
            xml.writeAttribute("cx", n(c.cx()));
            xml.writeAttribute("cy", n(c.cy()));
            xml.writeAttribute("r", n(c.radius()));
            paint(xml, c.fill(), c.stroke(), c.strokeWidth());
        } else if (shape instanceof Scene.Wedge w) {
            xml.writeEmptyElement(SVG, "path");
            xml.writeAttribute("d", wedgePath(w));
            paint(xml, w.fill(), w.stroke(), w.strokeWidth());
        }
        if (shape.item() != null) {
            xml.writeAttribute("data-item", shape.item());
        }
    }

    private static void text(XMLStreamWriter xml, Scene.Text t) throws XMLStreamException {
        if (t.text().isEmpty()) {
            return;
        }
        xml.writeStartElement(SVG, "text");
        xml.writeAttribute("x", n(t.x()));
        xml.writeAttribute("y", n(t.y()));
        xml.writeAttribute("font-size", n(t.size()));
        if (t.bold()) {
            xml.writeAttribute("font-weight", "bold");
        }
        if (t.anchor() != Scene.Anchor.START) {
            xml.writeAttribute("text-anchor", t.anchor() == Scene.Anchor.MIDDLE ? "middle" : "end");
        }
        xml.writeAttribute("fill", t.color().hex());
        if (t.rotation() != 0) {
            xml.writeAttribute("transform", "rotate(" + n(t.rotation()) + " " + n(t.x()) + " " + n(t.y()) + ")");
        }
        if (t.item() != null) {
            xml.writeAttribute("data-item", t.item());
        }
        xml.writeCharacters(t.text());
        xml.writeEndElement();
    }

    private static void paint(XMLStreamWriter xml, Rgb fill, Rgb stroke, double width) throws XMLStreamException {
        xml.writeAttribute("fill", fill == null ? "none" : fill.hex());
        if (stroke != null && width > 0) {
            xml.writeAttribute("stroke", stroke.hex());
            xml.writeAttribute("stroke-width", n(width));
        }
    }

    /**
     * The wedge as path data: the outer arc clockwise, the inner arc back (or the centre), each arc
     * cut into pieces of at most 180 degrees so that full rings draw too.
     */
    static String wedgePath(Scene.Wedge w) {
        StringBuilder d = new StringBuilder();
        int pieces = Math.max(1, (int) Math.ceil(Math.abs(w.extent()) / 179.0));
        double step = w.extent() / pieces;
        double[] p = point(w, w.outerRadius(), w.startAngle());
        d.append("M").append(n(p[0])).append(' ').append(n(p[1]));
        for (int i = 1; i <= pieces; i++) {
            p = point(w, w.outerRadius(), w.startAngle() + step * i);
            d.append(" A").append(n(w.outerRadius())).append(' ').append(n(w.outerRadius())).append(" 0 0 1 ")
                    .append(n(p[0])).append(' ').append(n(p[1]));
        }
        if (w.innerRadius() > 0) {
            p = point(w, w.innerRadius(), w.startAngle() + w.extent());
            d.append(" L").append(n(p[0])).append(' ').append(n(p[1]));
            for (int i = pieces - 1; i >= 0; i--) {
                p = point(w, w.innerRadius(), w.startAngle() + step * i);
                d.append(" A").append(n(w.innerRadius())).append(' ').append(n(w.innerRadius())).append(" 0 0 0 ")
                        .append(n(p[0])).append(' ').append(n(p[1]));
            }
        } else {
            d.append(" L").append(n(w.cx())).append(' ').append(n(w.cy()));
        }
        return d.append(" Z").toString();
    }

    private static double[] point(Scene.Wedge w, double radius, double degrees) {
        double a = Math.toRadians(degrees);
        return new double[] {w.cx() + radius * Math.sin(a), w.cy() - radius * Math.cos(a)};
    }

    /** A coordinate with at most two decimals, without trailing zeros (written for each of many shapes: no String.format). */
    static String n(double v) {
        long hundredths = Math.round(v * 100);
        if (hundredths == 0) {
            return "0";
        }
        StringBuilder s = new StringBuilder(12);
        if (hundredths < 0) {
            s.append('-');
            hundredths = -hundredths;
        }
        s.append(hundredths / 100);
        int fraction = (int) (hundredths % 100);
        if (fraction != 0) {
            s.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                s.append(fraction % 10);
            }
        }
        return s.toString();
    }
}
