package org.spoor.app.ui.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A Fruchterman–Reingold force-directed layout in the unit square: linked nodes pull together (heavier
 * links pull harder), all nodes push apart, and the step shrinks each round so the picture settles.
 * Seeded, so the same case draws the same way every time. Cost grows with the square of the nodes.
 */
public final class ForceLayout {

    /** Where a node sits, both coordinates between 0 and 1. */
    public record Position(double x, double y) {
    }

    private ForceLayout() {
    }

    public static Map<String, Position> layout(NetworkGraph graph, int rounds, long seed) {
        List<NetworkGraph.Node> nodes = graph.nodes();
        int n = nodes.size();
        Map<String, Integer> index = new HashMap<>();
        double[] x = new double[n];
        double[] y = new double[n];
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i).key(), i);
            x[i] = random.nextDouble();
            y[i] = random.nextDouble();
        }
        double k = Math.sqrt(1.0 / Math.max(1, n));
        double step = 0.1;
        for (int round = 0; round < rounds; round++) {
            double[] dx = new double[n];
            double[] dy = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double ox = x[i] - x[j];
                    double oy = y[i] - y[j];
                    double distance = Math.max(1e-4, Math.hypot(ox, oy));
                    double push = k * k / distance;
                    dx[i] += ox / distance * push;
                    dy[i] += oy / distance * push;
                    dx[j] -= ox / distance * push;
                    dy[j] -= oy / distance * push;
                }
            }
            for (NetworkGraph.Link link : graph.links()) {
                int a = index.get(link.from());
                int b = index.get(link.to());
                double ox = x[a] - x[b];
                double oy = y[a] - y[b];
                double distance = Math.max(1e-4, Math.hypot(ox, oy));
                double pull = distance * distance / k * (1 + Math.log1p(link.weight()) / 4);
                dx[a] -= ox / distance * pull;
                dy[a] -= oy / distance * pull;
                dx[b] += ox / distance * pull;
                dy[b] += oy / distance * pull;
            }
            for (int i = 0; i < n; i++) {
                double length = Math.max(1e-9, Math.hypot(dx[i], dy[i]));
                double moved = Math.min(length, step);
                x[i] += dx[i] / length * moved;
                y[i] += dy[i] / length * moved;
            }
            step = Math.max(0.002, step * 0.95);
        }
        return normalised(nodes, x, y);
    }

    /** Stretches the result to fill the square, keeping a margin for labels. */
    private static Map<String, Position> normalised(List<NetworkGraph.Node> nodes, double[] x, double[] y) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < x.length; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        double width = Math.max(1e-9, maxX - minX);
        double height = Math.max(1e-9, maxY - minY);
        Map<String, Position> positions = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            double px = x.length == 1 ? 0.5 : 0.08 + 0.84 * (x[i] - minX) / width;
            double py = x.length == 1 ? 0.5 : 0.08 + 0.84 * (y[i] - minY) / height;
            positions.put(nodes.get(i).key(), new Position(px, py));
        }
        return positions;
    }
}
