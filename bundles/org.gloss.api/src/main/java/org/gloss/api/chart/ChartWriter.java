package org.gloss.api.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Writes scenes to files: SVG (text stays text) and PNG, from one drawing of the scene. */
@ProviderType
public interface ChartWriter {
    /** The formats it writes, by file extension ("svg", "png"). */
    List<String> formats();

    /**
     * Writes the scene. {@code dpi} scales raster formats (96 is one scene pixel per image pixel;
     * 300 makes an image 3.125 times as wide and high); vector formats ignore it.
     *
     * @throws IllegalArgumentException for a format not in {@link #formats()} or a dpi outside 24..1200
     */
    void write(Scene scene, String format, int dpi, OutputStream out) throws IOException;
}
