package org.gloss.chart.internal;

import java.util.List;
import java.util.Random;

/**
 * Fruchterman and Reingold's force-directed layout (1991), deterministic: start positions come from
 * a seeded random generator and a fixed number of rounds with a falling temperature moves the
 * nodes; linked nodes attract by weight, all nodes repel. Positions lie in the unit square.
 */
final class ForceLayout {
    static final int ROUNDS = 300;

    /** A weighted link between nodes a and b. */
    record Link(int a, int b, double weight) {
    }

    private ForceLayout() {
    }

    /** x and y of each node, each in [0, 1]. */
    static double[][] layout(int nodes, List<Link> links, long seed) {
        Random random = new Random(seed);
        double[] x = new double[nodes];
        double[] y = new double[nodes];
        for (int i = 0; i < nodes; i++) {
            x[i] = random.nextDouble();
            y[i] = random.nextDouble();
        }
        if (nodes < 2) {
            return new double[][] {fill(x, 0.5), fill(y, 0.5)};
        }
        double k = Math.sqrt(1.0 / nodes);
        double maxWeight = links.stream().mapToDouble(Link::weight).max().orElse(1);
        double[] dx = new double[nodes];
        double[] dy = new double[nodes];
        double temperature = 0.1;
        for (int round = 0; round < ROUNDS; round++) {
            java.util.Arrays.fill(dx, 0);
            java.util.Arrays.fill(dy, 0);
            for (int i = 0; i < nodes; i++) {
                for (int j = i + 1; j < nodes; j++) {
                    double ddx = x[i] - x[j];
                    double ddy = y[i] - y[j];
                    double d2 = Math.max(1e-6, ddx * ddx + ddy * ddy);
                    double force = k * k / d2;
                    dx[i] += ddx * force;
                    dy[i] += ddy * force;
                    dx[j] -= ddx * force;
                    dy[j] -= ddy * force;
                }
            }
            for (Link link : links) {
                double ddx = x[link.a()] - x[link.b()];
                double ddy = y[link.a()] - y[link.b()];
                double d = Math.max(1e-3, Math.sqrt(ddx * ddx + ddy * ddy));
                double force = d / k * (0.3 + 0.7 * link.weight() / maxWeight);
                dx[link.a()] -= ddx * force;
                dy[link.a()] -= ddy * force;
                dx[link.b()] += ddx * force;
                dy[link.b()] += ddy * force;
            }
            for (int i = 0; i < nodes; i++) {
                // a weak pull to the centre keeps unlinked nodes from drifting to the edge
                dx[i] += (0.5 - x[i]) * 0.25;
                dy[i] += (0.5 - y[i]) * 0.25;
                double length = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (length > 0) {
                    double step = Math.min(length, temperature);
                    x[i] += dx[i] / length * step;
                    y[i] += dy[i] / length * step;
                }
            }
            temperature *= 0.985;
        }
        return new double[][] {normalise(x), normalise(y)};
    }

    private static double[] fill(double[] values, double v) {
        java.util.Arrays.fill(values, v);
        return values;
    }

    private static double[] normalise(double[] values) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = max - min;
        for (int i = 0; i < values.length; i++) {
            values[i] = range <= 0 ? 0.5 : (values[i] - min) / range;
        }
        return values;
    }
}
