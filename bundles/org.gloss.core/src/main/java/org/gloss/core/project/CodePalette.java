package org.gloss.core.project;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The colours codes get when nobody chose one, made for telling categories apart: first the seven
 * colours of Okabe and Ito (2008), which people with any common colour-vision deficiency can tell
 * apart, then five of Paul Tol's "muted" scheme that differ from them for the codes beyond seven.
 * Every colour is drawn at 30 % over white under black text (the document view's highlight),
 * where it keeps a contrast ratio above 11:1 (WCAG asks 7:1 for the highest level). A new code takes the first colour no code has; once
 * every colour is taken, the one fewest codes have (the earliest on a tie). The store applies the
 * rule (so the command line, imports, merges and the workbench all follow it), and schema
 * migration 7 of both stores gives colourless codes of older projects their colours by the same
 * rule, in code order (see decision 67).
 */
public final class CodePalette {
    /** A palette colour: a name people can say, and #RRGGBB in upper case. */
    public record Colour(String name, String hex) {
    }

    /** The palette, in the order new codes take its colours. */
    public static final List<Colour> COLOURS = List.of(
            new Colour("orange", "#E69F00"),
            new Colour("sky blue", "#56B4E9"),
            new Colour("bluish green", "#009E73"),
            new Colour("yellow", "#F0E442"),
            new Colour("blue", "#0072B2"),
            new Colour("vermillion", "#D55E00"),
            new Colour("reddish purple", "#CC79A7"),
            new Colour("wine", "#882255"),
            new Colour("olive", "#999933"),
            new Colour("indigo", "#332288"),
            new Colour("teal", "#44AA99"),
            new Colour("sand", "#DDCC77"));

    private CodePalette() {
    }

    /**
     * The colour for a new code, given the colours the codebook's codes have (any case, nulls and
     * colours outside the palette allowed): the palette colour fewest codes have, the earliest of
     * those, so first every colour no code has, in palette order.
     */
    public static String next(Collection<String> coloursInUse) {
        Map<String, Integer> uses = new HashMap<>();
        for (String colour : coloursInUse) {
            if (colour != null) {
                uses.merge(colour.toUpperCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        Colour best = COLOURS.get(0);
        int fewest = Integer.MAX_VALUE;
        for (Colour colour : COLOURS) {
            int used = uses.getOrDefault(colour.hex(), 0);
            if (used < fewest) {
                fewest = used;
                best = colour;
            }
        }
        return best.hex();
    }

    /** The palette name of a colour (#RRGGBB, any case), if it is one of the palette's. */
    public static Optional<String> nameOf(String hex) {
        if (hex == null) {
            return Optional.empty();
        }
        String upper = hex.toUpperCase(Locale.ROOT);
        return COLOURS.stream().filter(c -> c.hex().equals(upper)).map(Colour::name).findFirst();
    }
}
