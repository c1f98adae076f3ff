package org.spoor.mapping.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spoor.mapping.EvidencePoint;

/**
 * Evidence points projected to Web Mercator once, with each point's kind as an index into
 * {@link #kinds()}: frames then only scale and shift plain arrays.
 */
public final class ProjectedPoints {

    private final double[] xs;
    private final double[] ys;
    private final int[] kindIndex;
    private final List<String> kinds;
    private final int[] countPerKind;

    public ProjectedPoints(List<EvidencePoint> points) {
        int n = points.size();
        xs = new double[n];
        ys = new double[n];
        kindIndex = new int[n];
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            EvidencePoint p = points.get(i);
            xs[i] = WebMercator.x(p.lon());
            ys[i] = WebMercator.y(p.lat());
            kindIndex[i] = index.computeIfAbsent(p.kind(), k -> index.size());
        }
        kinds = List.copyOf(new ArrayList<>(index.keySet()));
        countPerKind = new int[kinds.size()];
        for (int k : kindIndex) {
            countPerKind[k]++;
        }
    }

    public int size() {
        return xs.length;
    }

    double x(int i) {
        return xs[i];
    }

    double y(int i) {
        return ys[i];
    }

    int kind(int i) {
        return kindIndex[i];
    }

    public List<String> kinds() {
        return kinds;
    }

    public int count(int kind) {
        return countPerKind[kind];
    }
}
