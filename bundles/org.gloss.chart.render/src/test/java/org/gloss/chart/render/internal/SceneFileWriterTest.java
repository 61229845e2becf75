package org.gloss.chart.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.gloss.api.chart.Rgb;
import org.gloss.api.chart.Scene;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** SVG files parsed back with a real XML parser and PNG files decoded back. */
class SceneFileWriterTest {
    private static final Rgb RED = new Rgb(200, 30, 40);
    private static final Rgb BLUE = new Rgb(20, 60, 220);

    private static Scene scene(String... texts) {
        List<Scene.Shape> shapes = new ArrayList<>();
        shapes.add(new Scene.Rect(10, 10, 100, 50, RED, null, 0, "bar:1"));
        shapes.add(new Scene.Line(0, 100, 300, 100, Rgb.BLACK, 1, null));
        shapes.add(new Scene.Circle(200, 150, 30, BLUE, Rgb.BLACK, 1, "node:a"));
        shapes.add(new Scene.Wedge(80, 150, 10, 40, 0, 360, new Rgb(0, 150, 0), null, 0, "ring"));
        shapes.add(new Scene.Wedge(80, 150, 0, 5, 45, 90, RED, null, 0, null));
        double y = 20;
        for (String t : texts) {
            shapes.add(new Scene.Text(150, y += 14, t, 12, false, Scene.Anchor.MIDDLE, Rgb.BLACK, 0, null));
        }
        shapes.add(new Scene.Text(20, 190, "rotated <&> \"quoted\"", 10, true, Scene.Anchor.START, RED, -45, null));
        return new Scene(300, 200, Rgb.WHITE, shapes);
    }

    private static Document svg(Scene scene) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SceneFileWriter().write(scene, "svg", 96, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS(SvgWriter.SVG, "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void svgHasOneElementPerShapeWithTextAsTextAndTheColours() throws Exception {
        Document svg = svg(scene("Қазақ тілі — Ғ Ү Ұ Ң Ө Һ І", "中国 loans", "Economy"));
        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("width")).isEqualTo("300");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 300 200");
        assertThat(root.getAttribute("font-family")).contains("'Noto Sans'", "'Noto Sans CJK SC'", "sans-serif");
        NodeList rects = svg.getElementsByTagNameNS(SvgWriter.SVG, "rect");
        assertThat(rects.getLength()).isEqualTo(2); // the background and the bar
        Element bar = (Element) rects.item(1);
        assertThat(bar.getAttribute("fill")).isEqualTo("#c81e28");
        assertThat(bar.getAttribute("data-item")).isEqualTo("bar:1");
        assertThat(bar.getAttribute("x")).isEqualTo("10");
        assertThat(svg.getElementsByTagNameNS(SvgWriter.SVG, "line").getLength()).isEqualTo(1);
        Element circle = (Element) svg.getElementsByTagNameNS(SvgWriter.SVG, "circle").item(0);
        assertThat(circle.getAttribute("fill")).isEqualTo("#143cdc");
        assertThat(circle.getAttribute("stroke")).isEqualTo("#000000");
        assertThat(svg.getElementsByTagNameNS(SvgWriter.SVG, "path").getLength()).isEqualTo(2);
        assertThat(texts(svg)).contains("Қазақ тілі — Ғ Ү Ұ Ң Ө Һ І", "中国 loans", "Economy", "rotated <&> \"quoted\"");
        Element middle = (Element) svg.getElementsByTagNameNS(SvgWriter.SVG, "text").item(0);
        assertThat(middle.getAttribute("text-anchor")).isEqualTo("middle");
        Element rotated = (Element) svg.getElementsByTagNameNS(SvgWriter.SVG, "text").item(3);
        assertThat(rotated.getAttribute("transform")).isEqualTo("rotate(-45 20 190)");
        assertThat(rotated.getAttribute("font-weight")).isEqualTo("bold");
        assertThat(svg.getElementsByTagNameNS(SvgWriter.SVG, "title").item(0).getTextContent()).isEqualTo("Қазақ тілі — Ғ Ү Ұ Ң Ө Һ І");
    }

    @Test
    void aFullRingIsDrawnInPiecesOfAtMostHalfACircle() {
        String d = SvgWriter.wedgePath(new Scene.Wedge(0, 0, 10, 20, 0, 360, Rgb.BLACK, null, 0, null));
        assertThat(d.split("A").length - 1).isEqualTo(6); // three outer and three inner arcs
        assertThat(d).startsWith("M0 -20 A20 20 0 0 1 ").endsWith(" Z");
    }

    @Test
    void charactersNoFontShowsAreNamedInANoteOnTheChart() throws Exception {
        String unassigned = new String(Character.toChars(0x10FFFD)); // private use, plane 16: no font has it
        assertThat(texts(svg(scene("Economy")))).noneMatch(t -> t.startsWith("Some characters"));
        assertThat(texts(svg(scene("private " + unassigned)))).anySatisfy(t -> assertThat(t)
                .startsWith("Some characters cannot be shown").contains(unassigned));
    }

    @Test
    void pngIsTheSceneAtTheResolutionAskedFor() throws Exception {
        for (int dpi : new int[] {96, 192}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new SceneFileWriter().write(scene("Қазақ", "中国"), "png", dpi, out);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
            double scale = dpi / 96.0;
            assertThat(image.getWidth()).isEqualTo((int) (300 * scale));
            assertThat(image.getHeight()).isEqualTo((int) (200 * scale));
            assertThat(new Rgb(image.getRGB((int) (60 * scale), (int) (35 * scale)) >> 16 & 0xff,
                    image.getRGB((int) (60 * scale), (int) (35 * scale)) >> 8 & 0xff, image.getRGB((int) (60 * scale), (int) (35 * scale)) & 0xff))
                    .isEqualTo(RED);
            assertThat(image.getRGB((int) (200 * scale), (int) (150 * scale)) & 0xffffff).isEqualTo(0x143cdc);
            assertThat(image.getRGB(2, 2) & 0xffffff).isEqualTo(0xffffff);
            assertThat(pixelsPerMetre(out.toByteArray())).isEqualTo(Math.round(dpi / 0.0254));
        }
    }

    private static long pixelsPerMetre(byte[] png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            return Long.parseLong(phys.getAttribute("pixelsPerUnitXAxis"));
        }
    }

    @Test
    void unknownFormatsAndResolutionsAreRefused() {
        assertThatThrownBy(() -> new SceneFileWriter().write(scene(), "gif", 96, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gif");
        assertThatThrownBy(() -> new SceneFileWriter().write(scene(), "png", 5000, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dpi");
    }
}
