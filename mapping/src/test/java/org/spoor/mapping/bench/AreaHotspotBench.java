package org.spoor.mapping.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.area.AreaCounts;
import org.spoor.mapping.area.AreaOutlines;
import org.spoor.mapping.area.MapArea;
import org.spoor.mapping.gazetteer.GazetteerLoader;
import org.spoor.mapping.gazetteer.NearestPlace;
import org.spoor.mapping.hotspot.HotspotFinder;
import org.spoor.mapping.layer.Hotspots;

/**
 * Hotspots and area counts on N points (default 100,000): 70% spread over Viet Nam, 30% in twenty
 * crowded places. Side by side with baselines: the plain grid cell count (Hotspots.find) and an
 * unprepared JTS covers() per point.
 */
public final class AreaHotspotBench {

    private AreaHotspotBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<EvidencePoint> points = points(n, new Random(7));
        NearestPlace places = new NearestPlace(new GazetteerLoader().load());
        MapArea area = new MapArea("a", "Nghe An", "", new AreaOutlines().polygon(List.of(new double[] {104.5, 18.5},
                new double[] {106.0, 18.6}, new double[] {105.8, 19.9}, new double[] {105.0, 20.0},
                new double[] {104.6, 19.3})));
        GeometryFactory gf = new GeometryFactory();
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            int spots = new HotspotFinder(1.0, 3, places).find(points).size();
            long t1 = System.nanoTime();
            new HotspotFinder(1.0, 3, null).find(points);
            long unnamed = System.nanoTime() - t1;
            t1 = System.nanoTime();
            int cells = Hotspots.find(points, 0.01, 3).size();
            long t2 = System.nanoTime();
            int inside = new AreaCounts().count(area, points);
            long t3 = System.nanoTime();
            int naive = 0;
            for (EvidencePoint p : points) {
                if (area.outline().covers(gf.createPoint(new Coordinate(p.lon(), p.lat())))) {
                    naive++;
                }
            }
            long t4 = System.nanoTime();
            System.out.printf(Locale.ROOT, "round %d: hotspots %d in %.1f ms (%.1f ms without naming places; grid"
                    + " baseline %d cells %.1f ms, x%.1f); area count %d in %.1f ms"
                    + " (unprepared %d in %.1f ms, x%.2f)%n",
                    r, spots, ms(t1 - t0 - unnamed), ms(unnamed), cells,
                    ms(t2 - t1), (double) (t1 - t0 - unnamed) / (t2 - t1), inside, ms(t3 - t2), naive, ms(t4 - t3),
                    (double) (t3 - t2) / (t4 - t3));
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    static List<EvidencePoint> points(int n, Random random) {
        List<EvidencePoint> points = new ArrayList<>(n);
        double[][] crowds = new double[20][];
        for (int c = 0; c < crowds.length; c++) {
            crowds[c] = new double[] {9 + random.nextDouble() * 13, 103 + random.nextDouble() * 6};
        }
        for (int i = 0; i < n; i++) {
            double lat;
            double lon;
            if (i % 10 < 3) {
                double[] c = crowds[i % crowds.length];
                lat = c[0] + random.nextGaussian() * 0.003;
                lon = c[1] + random.nextGaussian() * 0.003;
            } else {
                lat = 8.5 + random.nextDouble() * 14.5;
                lon = 102.2 + random.nextDouble() * 7.3;
            }
            points.add(new EvidencePoint("p" + i, lat, lon, null, i % 2 == 0 ? "phone_location" : "photo", "", ""));
        }
        return points;
    }
}
