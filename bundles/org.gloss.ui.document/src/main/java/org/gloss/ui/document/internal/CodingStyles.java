package org.gloss.ui.document.internal;

import java.util.ArrayList;
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

    /** A coding's extent in UTF-16 indices, with its code. */
    record Extent(int start, int end, long codeId) {
    }

    private final Map<Long, String> colours;
    private final Map<String, String> styleCache = new HashMap<>();

    CodingStyles(Map<Long, String> colours) {
        this.colours = colours;
    }

    /** Runs covering [from, to) of the text; extents outside it are ignored. */
    List<Run> runs(int from, int to, List<Extent> extents) {
        TreeSet<Integer> boundaries = new TreeSet<>();
        boundaries.add(from);
        boundaries.add(to);
        for (Extent e : extents) {
            if (e.end() > from && e.start() < to) {
                boundaries.add(Math.max(from, e.start()));
                boundaries.add(Math.min(to, e.end()));
            }
        }
        Integer[] points = boundaries.toArray(new Integer[0]);
        // a sweep over the segment boundaries: codes open and close at boundaries
        int segments = points.length - 1;
        Map<Integer, Integer> indexOf = new HashMap<>(points.length * 2);
        for (int i = 0; i < points.length; i++) {
            indexOf.put(points[i], i);
        }
        @SuppressWarnings("unchecked")
        List<Long>[] opening = new List[points.length];
        @SuppressWarnings("unchecked")
        List<Long>[] closing = new List[points.length];
        for (Extent e : extents) {
            if (e.end() <= from || e.start() >= to) {
                continue;
            }
            int a = indexOf.get(Math.max(from, e.start()));
            int b = indexOf.get(Math.min(to, e.end()));
            (opening[a] == null ? opening[a] = new ArrayList<>() : opening[a]).add(e.codeId());
            (closing[b] == null ? closing[b] = new ArrayList<>() : closing[b]).add(e.codeId());
        }
        Map<Long, Integer> counts = new java.util.TreeMap<>();
        List<Run> runs = new ArrayList<>(segments);
        for (int i = 0; i < segments; i++) {
            if (closing[i] != null) {
                closing[i].forEach(c -> counts.merge(c, -1, (x, y) -> x + y == 0 ? null : x + y));
            }
            if (opening[i] != null) {
                opening[i].forEach(c -> counts.merge(c, 1, Integer::sum));
            }
            String style = style(counts.keySet());
            int length = points[i + 1] - points[i];
            if (!runs.isEmpty() && runs.get(runs.size() - 1).style().equals(style)) {
                Run last = runs.remove(runs.size() - 1);
                runs.add(new Run(last.length() + length, style));
            } else {
                runs.add(new Run(length, style));
            }
        }
        if (runs.isEmpty()) {
            runs.add(new Run(to - from, ""));
        }
        return runs;
    }

    private String style(java.util.Set<Long> codes) {
        if (codes.isEmpty()) {
            return "";
        }
        String key = codes.toString();
        return styleCache.computeIfAbsent(key, k -> css(codes.stream().map(c -> colours.getOrDefault(c, "#9E9E9E")).toList()));
    }

    /** Background: the average of the codes' colours, stronger when several overlap. */
    static String css(List<String> codeColours) {
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
        double alpha = n == 1 ? 0.30 : 0.45;
        String css = String.format(java.util.Locale.ROOT, "-rtfx-background-color: rgba(%d,%d,%d,%.2f);",
                Math.round(r / n), Math.round(g / n), Math.round(b / n), alpha);
        if (n > 1) {
            int[] second = rgb(codeColours.get(1));
            css += String.format(java.util.Locale.ROOT, " -rtfx-underline-color: rgb(%d,%d,%d); -rtfx-underline-width: 2;",
                    second[0], second[1], second[2]);
        }
        return css;
    }

    static int[] rgb(String hex) {
        String h = hex == null || !hex.matches("#[0-9A-Fa-f]{6}") ? "#9E9E9E" : hex;
        return new int[] {Integer.parseInt(h.substring(1, 3), 16), Integer.parseInt(h.substring(3, 5), 16),
            Integer.parseInt(h.substring(5, 7), 16)};
    }
}
