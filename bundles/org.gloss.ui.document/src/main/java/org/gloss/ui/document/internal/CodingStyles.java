package org.gloss.ui.document.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns codings into style runs for the text area: a coloured background per code, blended where
 * codings of different codes overlap, with an underline in the second code's colour so that an
 * overlap stays visible. Pure computation on UTF-16 indices (converted by {@link TextPositions}).
 */
final class CodingStyles {
    /** A run of text with one style; {@code style} is "" for uncoded text. */
    record Run(int length, String style) {
    }

    /**
     * A coding's extent in UTF-16 indices, with its code, and for the margin its coder, the
     * coding's id and whether it has a memo.
     */
    record Extent(int start, int end, long codeId, long coderId, long codingId, boolean memo) {
        /** An extent of a code, no more known (tests, pure styling). */
        Extent(int start, int end, long codeId) {
            this(start, end, codeId, 0, 0, false);
        }
    }

    /**
     * How strongly highlights are drawn over the theme's background. Over dark text backgrounds a
     * light theme's 30 % tint is barely visible, so the dark theme tints more and underlines every
     * coding in its code's colour; the tint stays low enough that the light text keeps a contrast
     * of at least 3.5:1 over any palette colour, 3:1 where codes overlap (CodingStylesTest).
     */
    enum Tint {
        LIGHT("0.30", "0.45", false), DARK("0.42", "0.50", true);

        private final String single;
        private final String overlap;
        private final boolean underlineSingle;

        Tint(String single, String overlap, boolean underlineSingle) {
            this.single = single;
            this.overlap = overlap;
            this.underlineSingle = underlineSingle;
        }
    }

    private static final java.util.regex.Pattern HEX_COLOUR = java.util.regex.Pattern.compile("#[0-9A-Fa-f]{6}");

    private final Map<Long, String> colours;
    private final Tint tint;
    /** Small numbers for code ids, in ascending id order, so that a set of codes is a BitSet. */
    private final Map<Long, Integer> codeNumbers = new HashMap<>();
    private final List<Long> codeIds = new ArrayList<>();
    private final Map<BitSet, String> styleCache = new HashMap<>();

    CodingStyles(Map<Long, String> colours) {
        this(colours, Tint.LIGHT);
    }

    CodingStyles(Map<Long, String> colours, Tint tint) {
        this.colours = colours;
        this.tint = tint;
        new TreeSet<>(colours.keySet()).forEach(this::number);
    }

    private int number(long codeId) {
        return codeNumbers.computeIfAbsent(codeId, id -> {
            codeIds.add(id);
            return codeIds.size() - 1;
        });
    }

    /**
     * Runs covering [from, to) of the text; extents outside it are ignored. A sweep over the
     * extents' boundaries, sorted once: codes open and close at boundaries.
     */
    List<Run> runs(int from, int to, List<Extent> extents) {
        long[] events = new long[extents.size() * 2];
        int count = 0;
        for (Extent e : extents) {
            if (e.end() <= from || e.start() >= to) {
                continue;
            }
            long code = number(e.codeId());
            // position in the high bits; closings (0) sort before openings (1) at the same position
            events[count++] = (long) Math.max(from, e.start()) << 32 | code << 1 | 1;
            events[count++] = (long) Math.min(to, e.end()) << 32 | code << 1;
        }
        Arrays.sort(events, 0, count);
        List<Run> runs = new ArrayList<>();
        int[] open = new int[codeIds.size()];
        BitSet active = new BitSet();
        int position = from;
        for (int i = 0; i < count; i++) {
            int at = (int) (events[i] >>> 32);
            if (at > position) {
                add(runs, at - position, style(active));
                position = at;
            }
            int code = (int) (events[i] & 0xFFFFFFFFL) >>> 1;
            boolean opening = (events[i] & 1) == 1;
            open[code] += opening ? 1 : -1;
            active.set(code, open[code] > 0);
        }
        if (to > position || runs.isEmpty()) {
            add(runs, to - position, style(active));
        }
        return runs;
    }

    private static void add(List<Run> runs, int length, String style) {
        int last = runs.size() - 1;
        if (last >= 0 && runs.get(last).style().equals(style)) {
            runs.set(last, new Run(runs.get(last).length() + length, style));
        } else {
            runs.add(new Run(length, style));
        }
    }

    private String style(BitSet codes) {
        if (codes.isEmpty()) {
            return "";
        }
        String cached = styleCache.get(codes);
        if (cached == null) {
            List<String> codeColours = new ArrayList<>();
            codes.stream().forEach(n -> codeColours.add(colours.getOrDefault(codeIds.get(n), "#9E9E9E")));
            cached = css(codeColours, tint);
            styleCache.put((BitSet) codes.clone(), cached);
        }
        return cached;
    }

    /** Background: the average of the codes' colours, stronger when several overlap (light theme). */
    static String css(List<String> codeColours) {
        return css(codeColours, Tint.LIGHT);
    }

    /** Background: the average of the codes' colours, stronger when several overlap. */
    static String css(List<String> codeColours, Tint tint) {
        double r = 0;
        double g = 0;
        double b = 0;
        for (String c : codeColours) {
            int[] rgb = rgb(c);
            r += rgb[0];
            g += rgb[1];
            b += rgb[2];
        }
        int n = codeColours.size();
        // built by hand: String.format was a tenth of the first paint with thousands of overlap combinations
        StringBuilder css = new StringBuilder(100).append("-rtfx-background-color: rgba(")
                .append(Math.round(r / n)).append(',').append(Math.round(g / n)).append(',').append(Math.round(b / n))
                .append(',').append(n == 1 ? tint.single : tint.overlap).append(");");
        if (n > 1 || tint.underlineSingle) {
            int[] second = rgb(codeColours.get(n > 1 ? 1 : 0));
            css.append(" -rtfx-underline-color: rgb(").append(second[0]).append(',').append(second[1]).append(',')
                    .append(second[2]).append("); -rtfx-underline-width: 2;");
        }
        return css.toString();
    }

    static int[] rgb(String hex) {
        String h = hex == null || !HEX_COLOUR.matcher(hex).matches() ? "#9E9E9E" : hex;
        return new int[] {Integer.parseInt(h.substring(1, 3), 16), Integer.parseInt(h.substring(3, 5), 16),
            Integer.parseInt(h.substring(5, 7), 16)};
    }
}
