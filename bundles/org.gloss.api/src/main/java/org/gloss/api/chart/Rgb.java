package org.gloss.api.chart;

import java.util.Locale;

/** A colour as red, green and blue, 0..255 each. */
public record Rgb(int red, int green, int blue) {
    public static final Rgb BLACK = new Rgb(0, 0, 0);
    public static final Rgb WHITE = new Rgb(255, 255, 255);

    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("colour components are 0..255: " + red + ", " + green + ", " + blue);
        }
    }

    /** {@code #rrggbb} or {@code #rgb}; null, blank or malformed text gives {@code fallback}. */
    public static Rgb parse(String hex, Rgb fallback) {
        if (hex == null) {
            return fallback;
        }
        String h = hex.strip();
        if (h.startsWith("#")) {
            h = h.substring(1);
        }
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        if (h.length() != 6) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(h, 16);
            return new Rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** {@code #rrggbb}, lower case. */
    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** This colour moved towards {@code other} by {@code amount} (0: this, 1: other). */
    public Rgb mix(Rgb other, double amount) {
        double a = Math.max(0, Math.min(1, amount));
        return new Rgb((int) Math.round(red + (other.red - red) * a), (int) Math.round(green + (other.green - green) * a),
                (int) Math.round(blue + (other.blue - blue) * a));
    }

    /** Relative luminance (0 black .. 1 white), to choose a legible text colour on this colour. */
    public double luminance() {
        return (0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue));
    }

    private static double linear(int c) {
        double s = c / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
