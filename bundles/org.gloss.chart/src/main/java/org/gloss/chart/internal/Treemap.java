package org.gloss.chart.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The squarified treemap layout (Bruls, Huizing and van Wijk, 2000): rectangles whose areas are
 * proportional to the values, as close to squares as it can, in the values' order row by row.
 */
final class Treemap {
    /** A rectangle. */
    record Box(double x, double y, double width, double height) {
    }

    private Treemap() {
    }

    /** One box per value (0 for values of 0), in the order given, filling the rectangle. */
    static List<Box> layout(List<Double> values, double x, double y, double width, double height) {
        List<Box> boxes = new ArrayList<>();
        double total = values.stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0 || width <= 0 || height <= 0) {
            values.forEach(v -> boxes.add(new Box(x, y, 0, 0)));
            return boxes;
        }
        double scale = width * height / total;
        List<Double> areas = values.stream().map(v -> v * scale).toList();
        int i = 0;
        double rx = x;
        double ry = y;
        double rw = width;
        double rh = height;
        while (i < areas.size()) {
            double side = Math.min(rw, rh);
            int end = i + 1;
            double sum = areas.get(i);
            double worst = worst(areas, i, end, sum, side);
            while (end < areas.size()) {
                double next = worst(areas, i, end + 1, sum + areas.get(end), side);
                if (next > worst) {
                    break;
                }
                sum += areas.get(end);
                worst = next;
                end++;
            }
            double thickness = side == 0 ? 0 : sum / side;
            double offset = 0;
            for (int k = i; k < end; k++) {
                double length = sum == 0 ? 0 : areas.get(k) / sum * side;
                if (rw >= rh) {
                    boxes.add(new Box(rx, ry + offset, thickness, length));
                } else {
                    boxes.add(new Box(rx + offset, ry, length, thickness));
                }
                offset += length;
            }
            if (rw >= rh) {
                rx += thickness;
                rw -= thickness;
            } else {
                ry += thickness;
                rh -= thickness;
            }
            i = end;
        }
        return boxes;
    }

    /** The worst aspect ratio of a row of areas [from, to) along a side. */
    private static double worst(List<Double> areas, int from, int to, double sum, double side) {
        double max = 0;
        double min = Double.MAX_VALUE;
        for (int k = from; k < to; k++) {
            double a = areas.get(k);
            if (a > 0) {
                max = Math.max(max, a);
                min = Math.min(min, a);
            }
        }
        if (max == 0 || sum == 0) {
            return 1;
        }
        double s2 = side * side;
        double sum2 = sum * sum;
        return Math.max(s2 * max / sum2, sum2 / (s2 * min));
    }
}
