package org.gloss.ui.document.internal;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The code names beside the coding stripes: right-aligned text in a fixed width, elided with "…"
 * when too long, with the full name as a tooltip. The elided forms are measured once per name.
 */
final class StripeNames {
    private static final String ELLIPSIS = "…";

    private final double width;
    private final Font font = Font.font("DejaVu Sans", 10);
    private final Text measure = new Text();
    private final Map<String, String> elided = new HashMap<>();
    private final double lineHeight;

    StripeNames(double width) {
        this.width = width;
        measure.setFont(font);
        measure.setText("Xg");
        lineHeight = Math.ceil(measure.getLayoutBounds().getHeight());
    }

    double lineHeight() {
        return lineHeight;
    }

    /** A label showing the name, elided to the width; the tooltip with the full name comes on first hover. */
    Text label(String name, Color colour) {
        return label(name, "", name, colour);
    }

    /**
     * A label showing the name elided so that the suffix (e.g. a coder's initials) still fits
     * after it, with {@code tooltip} as its tooltip.
     */
    Text label(String name, String suffix, String tooltip, Color colour) {
        String shown = suffix.isEmpty() ? elided(name) : elided(name, width - width(suffix)) + suffix;
        return text(shown, name, tooltip, colour);
    }

    private Text text(String shown, String name, String tooltipText, Color colour) {
        Text label = new Text(shown);
        label.getStyleClass().add("stripe-label");
        label.setUserData(name);
        label.setFont(font);
        label.setFill(colour);
        label.setTextOrigin(javafx.geometry.VPos.TOP);
        label.setManaged(false);
        // a Tooltip is a window of its own: made when the pointer first comes, not per label
        label.setOnMouseEntered(e -> {
            if (label.getProperties().get(Tooltip.class) == null) {
                Tooltip tooltip = new Tooltip(tooltipText);
                Tooltip.install(label, tooltip);
                label.getProperties().put(Tooltip.class, tooltip);
            }
        });
        return label;
    }

    /** The name as shown: whole when it fits, else the longest prefix that fits with "…". */
    String elided(String name) {
        return elided(name, width);
    }

    /** The name elided to a width of its own. */
    String elided(String name, double width) {
        return elided.computeIfAbsent(name + '\u0000' + Math.round(width), key -> {
            String n = name;
            if (width(n) <= width) {
                return n;
            }
            int low = 0;
            int high = n.length();
            while (low < high) {
                int mid = (low + high + 1) / 2;
                if (width(prefix(n, mid) + ELLIPSIS) <= width) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return prefix(n, low).stripTrailing() + ELLIPSIS;
        });
    }

    /** The first {@code length} UTF-16 units, never splitting a surrogate pair. */
    private static String prefix(String s, int length) {
        int end = length > 0 && length < s.length() && Character.isLowSurrogate(s.charAt(length)) ? length - 1 : length;
        return s.substring(0, end);
    }

    double width(String s) {
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }
}
