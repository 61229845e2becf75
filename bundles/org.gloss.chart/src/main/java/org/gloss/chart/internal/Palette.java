package org.gloss.chart.internal;

import java.util.List;

import org.gloss.api.chart.Rgb;

/**
 * Colours for what has no colour of its own (coders, attribute values, measures): Okabe and Ito's
 * eight colours, distinguishable with the common colour-vision deficiencies, then darker and lighter
 * variants. Codes always have their own colour.
 */
final class Palette {
    private static final List<Rgb> BASE = List.of(new Rgb(0, 114, 178), new Rgb(230, 159, 0), new Rgb(0, 158, 115),
            new Rgb(204, 121, 167), new Rgb(86, 180, 233), new Rgb(213, 94, 0), new Rgb(240, 228, 66), new Rgb(90, 90, 90));
    /** The sequential scale of heat maps without a code colour: white to deep blue. */
    static final Rgb HEAT = new Rgb(8, 69, 148);
    static final Rgb NEUTRAL_CODE = new Rgb(0x88, 0x88, 0x88);

    private Palette() {
    }

    static Rgb series(int index) {
        Rgb base = BASE.get(index % BASE.size());
        int round = index / BASE.size();
        return round == 0 ? base : round % 2 == 1 ? base.mix(Rgb.BLACK, 0.35) : base.mix(Rgb.WHITE, 0.4);
    }

    /** White for 0, {@code full} for 1, in between for shares (clamped). */
    static Rgb shade(Rgb full, double share) {
        return Rgb.WHITE.mix(full, Math.max(0, Math.min(1, share)));
    }
}
