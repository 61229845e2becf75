package org.gloss.chart.render.internal;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.gloss.api.chart.Scene;

/**
 * The fonts Java2D paints with: for each text the first installed family of
 * {@link Scene#FONT_FAMILIES} that shows all of it, else the logical font "SansSerif" (which falls
 * back through the system's fonts). Characters no font can show are collected for the fallback note.
 */
final class Fonts {
    private final List<String> installed;

    private Fonts(List<String> installed) {
        this.installed = installed;
    }

    static Fonts available() {
        Set<String> families = new HashSet<>();
        for (String f : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)) {
            families.add(f.toLowerCase(Locale.ROOT));
        }
        List<String> installed = new ArrayList<>();
        for (String f : Scene.FONT_FAMILIES) {
            if (families.contains(f.toLowerCase(Locale.ROOT))) {
                installed.add(f);
            }
        }
        installed.add(Font.SANS_SERIF);
        return new Fonts(List.copyOf(installed));
    }

    /** The font for {@code text}: the first that shows it all, else the first installed. */
    Font font(String text, double size, boolean bold) {
        int style = bold ? Font.BOLD : Font.PLAIN;
        Font first = null;
        for (String family : installed) {
            Font font = new Font(family, style, 1).deriveFont((float) size);
            if (first == null) {
                first = font;
            }
            if (font.canDisplayUpTo(text) == -1) {
                return font;
            }
        }
        return first;
    }

    /** Every character of the scene's texts that none of the fonts can show, in code point order. */
    Set<String> missing(Scene scene) {
        Set<String> seen = new LinkedHashSet<>();
        Set<Integer> missing = new TreeSet<>();
        for (Scene.Shape shape : scene.shapes()) {
            if (shape instanceof Scene.Text text && seen.add(text.text())) {
                text.text().codePoints().filter(c -> !Character.isWhitespace(c) && !missing.contains(c) && unshown(c))
                        .forEach(missing::add);
            }
        }
        Set<String> result = new LinkedHashSet<>();
        missing.forEach(c -> result.add(new String(Character.toChars(c))));
        return result;
    }

    private boolean unshown(int codePoint) {
        for (String family : installed) {
            if (new Font(family, Font.PLAIN, 12).canDisplay(codePoint)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The note painted at the foot of a chart with characters the fonts cannot show, or null when
     * every character can be shown.
     */
    static String fallbackNote(Set<String> missing) {
        if (missing.isEmpty()) {
            return null;
        }
        List<String> some = missing.stream().limit(12).toList();
        return "Some characters cannot be shown with the fonts installed (" + String.join(" ", some)
                + (missing.size() > some.size() ? " …" : "") + "); install Noto Sans and Noto Sans CJK to see them.";
    }
}
