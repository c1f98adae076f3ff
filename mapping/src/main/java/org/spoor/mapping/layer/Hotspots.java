package org.spoor.mapping.layer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.spoor.mapping.EvidencePoint;

/**
 * Grid density: counts points per cell of a regular lon/lat grid and returns the busiest cells.
 * A grid rather than kernel density because counts are what an investigator can state in court
 * ("37 phone fixes within this 1 km cell").
 */
public final class Hotspots {

    private Hotspots() {
    }

    /**
     * @param cellDegrees cell size (0.01 degrees is about 1.1 km north-south)
     * @param minCount    cells with fewer points are not hotspots
     */
    public static List<Hotspot> find(List<EvidencePoint> points, double cellDegrees, int minCount) {
        Map<Long, int[]> counts = new HashMap<>();
        for (EvidencePoint p : points) {
            long row = (long) Math.floor((p.lat() + 90) / cellDegrees);
            long col = (long) Math.floor((p.lon() + 180) / cellDegrees);
            counts.computeIfAbsent(row * 1_000_000_000L + col, k -> new int[1])[0]++;
        }
        List<Hotspot> spots = new ArrayList<>();
        counts.forEach((key, n) -> {
            if (n[0] >= minCount) {
                long row = key / 1_000_000_000L;
                long col = key % 1_000_000_000L;
                spots.add(new Hotspot((row + 0.5) * cellDegrees - 90, (col + 0.5) * cellDegrees - 180, cellDegrees,
                        n[0]));
            }
        });
        spots.sort(Comparator.comparingInt(Hotspot::count).reversed());
        return spots;
    }
}
