package org.gloss.chart.render.internal;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.xml.stream.XMLStreamException;

import org.gloss.api.chart.ChartWriter;
import org.gloss.api.chart.Scene;
import org.osgi.service.component.annotations.Component;

/**
 * SVG and PNG files of chart scenes. Both paint the scene's shapes in order; PNG through Java2D at
 * {@code dpi / 96} image pixels per scene pixel, with the resolution recorded in the file.
 * Characters no installed font can show are named in a note at the chart's foot.
 */
@Component(service = ChartWriter.class)
public class SceneFileWriter implements ChartWriter {
    static final int SCREEN_DPI = 96;
    private volatile Fonts fonts;

    @Override
    public List<String> formats() {
        return List.of("svg", "png");
    }

    @Override
    public void write(Scene scene, String format, int dpi, OutputStream out) throws IOException {
        if (dpi < 24 || dpi > 1200) {
            throw new IllegalArgumentException("dpi must be 24 to 1200: " + dpi);
        }
        String note = Fonts.fallbackNote(fonts().missing(scene));
        switch (format.toLowerCase(Locale.ROOT)) {
            case "svg" -> svg(scene, note, out);
            case "png" -> png(scene, note, dpi, out);
            default -> throw new IllegalArgumentException("unknown chart format '" + format + "' (expected svg or png)");
        }
    }

    private Fonts fonts() {
        if (fonts == null) {
            fonts = Fonts.available();
        }
        return fonts;
    }

    private static void svg(Scene scene, String note, OutputStream out) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        try {
            SvgWriter.write(scene, firstText(scene), note, buffered);
        } catch (XMLStreamException e) {
            throw new IOException("could not write SVG: " + e.getMessage(), e);
        }
        buffered.flush();
    }

    private static String firstText(Scene scene) {
        return scene.shapes().stream().filter(Scene.Text.class::isInstance).map(s -> ((Scene.Text) s).text()).findFirst().orElse(null);
    }

    private void png(Scene scene, String note, int dpi, OutputStream out) throws IOException {
        double scale = dpi / (double) SCREEN_DPI;
        int width = (int) Math.ceil(scene.width() * scale);
        int height = (int) Math.ceil(scene.height() * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            new Java2dPainter(fonts()).paint(scene, g, note);
        } finally {
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            resolution(metadata, dpi);
            writer.write(null, new IIOImage(image, null, metadata), null);
        } finally {
            writer.dispose();
        }
    }

    /** Records the resolution (PNG's pHYs chunk, pixels per metre) so that print software sizes the image right. */
    private static void resolution(IIOMetadata metadata, int dpi) throws IIOInvalidTreeException {
        String perMetre = String.valueOf(Math.round(dpi / 0.0254));
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        metadata.mergeTree("javax_imageio_png_1.0", root);
    }
}
