package org.spoor.mapping.hotspot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.gazetteer.NearestPlace;
import org.spoor.mapping.layer.Routes;

/**
 * Finds hotspots: grid cells one radius wide, densest first, each seed a hotspot that takes every
 * point not yet taken within the radius of the mean of the seed's points (then once more around the
 * mean of those); it is kept when it holds at least the minimum count. Every point is in at most one hotspot, and
 * each hotspot can be stated plainly in court: "37 items within 1 km of this point".
 * Positions are not wrapped at the antimeridian (no case of the eight countries crosses it).
 */
public final class HotspotFinder {

    private static final double KM_PER_DEGREE = 111.32;

    private final double radiusKm;
    private final int minCount;
    private final NearestPlace places;

    /**
     * @param radiusKm how far from its centre a hotspot reaches
     * @param minCount fewer points than this are no hotspot
     * @param places   names each hotspot by its nearest place; null for none
     */
    public HotspotFinder(double radiusKm, int minCount, NearestPlace places) {
        if (!(radiusKm > 0) || minCount < 1) {
            throw new IllegalArgumentException("radius must be > 0 km and minCount >= 1");
        }
        this.radiusKm = radiusKm;
        this.minCount = minCount;
        this.places = places;
    }

    public List<HotspotCluster> find(List<EvidencePoint> points) {
        double cellLat = radiusKm / KM_PER_DEGREE;
        Map<Long, List<Integer>> cells = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            cells.computeIfAbsent(cell(points.get(i), cellLat), k -> new ArrayList<>()).add(i);
        }
        boolean[] taken = new boolean[points.size()];
        List<Map.Entry<Long, List<Integer>>> seeds = new ArrayList<>(cells.entrySet());
        seeds.sort(Comparator.comparingInt((Map.Entry<Long, List<Integer>> e) -> -e.getValue().size())
                .thenComparing(Map.Entry::getKey));
        List<List<EvidencePoint>> groups = new ArrayList<>();
        for (Map.Entry<Long, List<Integer>> seed : seeds) {
            if (crowd(cells, seed.getKey(), cellLat) < minCount) {
                continue; // too few points around this cell even before any were taken: the common, sparse case
            }
            List<Integer> free = seed.getValue().stream().filter(i -> !taken[i]).toList();
            if (free.isEmpty()) {
                continue;
            }
            // One mean-shift step: a seed cell's points may sit at its edge, the crowd beside it.
            List<Integer> members = within(points, taken, cells, mean(points, free), cellLat);
            members = within(points, taken, cells, mean(points, members), cellLat);
            if (members.size() < minCount) {
                continue;
            }
            List<EvidencePoint> group = new ArrayList<>();
            for (int i : members) {
                taken[i] = true;
                group.add(points.get(i));
            }
            groups.add(group);
        }
        groups.sort(Comparator.comparingInt((List<EvidencePoint> g) -> -g.size())
                .thenComparing(g -> g.get(0).id()));
        List<HotspotCluster> ranked = new ArrayList<>();
        for (List<EvidencePoint> g : groups) {
            ranked.add(describe(ranked.size() + 1, g));
        }
        return ranked;
    }

    /** How many points lie in the cell and the cells around it (taken or not): an upper bound for a hotspot. */
    private static int crowd(Map<Long, List<Integer>> cells, long key, double cellLat) {
        long row = Math.floorDiv(key, 10_000_000L);
        long col = Math.floorMod(key, 10_000_000L);
        double lonWidth = cellLon(row, cellLat);
        int n = 0;
        for (long r = row - 1; r <= row + 1; r++) {
            // Neighbouring rows have slightly different cell widths: look one cell further sideways there.
            long c0 = r == row ? col : (long) Math.floor((col + 0.5) * lonWidth / cellLon(r, cellLat));
            for (long c = c0 - 2; c <= c0 + 2; c++) {
                n += cells.getOrDefault(r * 10_000_000L + c, List.of()).size();
            }
        }
        return n;
    }

    private long cell(EvidencePoint p, double cellLat) {
        long row = (long) Math.floor((p.lat() + 90) / cellLat);
        return row * 10_000_000L + (long) Math.floor((p.lon() + 180) / cellLon(row, cellLat));
    }

    /** Cells narrow in longitude away from the equator, so each stays about one radius wide. */
    private static double cellLon(long row, double cellLat) {
        double lat = Math.min(89, Math.abs((row + 0.5) * cellLat - 90));
        return cellLat / Math.cos(Math.toRadians(lat));
    }

    private List<Integer> within(List<EvidencePoint> points, boolean[] taken, Map<Long, List<Integer>> cells,
                                 double[] centre, double cellLat) {
        long row = (long) Math.floor((centre[0] + 90) / cellLat);
        List<Integer> members = new ArrayList<>();
        for (long r = row - 1; r <= row + 1; r++) {
            double lonWidth = cellLon(r, cellLat);
            long col = (long) Math.floor((centre[1] + 180) / lonWidth);
            for (long c = col - 2; c <= col + 2; c++) {
                for (int i : cells.getOrDefault(r * 10_000_000L + c, List.of())) {
                    EvidencePoint p = points.get(i);
                    if (!taken[i] && Routes.distanceKm(centre[0], centre[1], p.lat(), p.lon()) <= radiusKm) {
                        members.add(i);
                    }
                }
            }
        }
        return members;
    }

    private static double[] mean(List<EvidencePoint> points, List<Integer> members) {
        double lat = 0;
        double lon = 0;
        for (int i : members) {
            lat += points.get(i).lat();
            lon += points.get(i).lon();
        }
        return new double[] {lat / members.size(), lon / members.size()};
    }

    private HotspotCluster describe(int rank, List<EvidencePoint> group) {
        double lat = group.stream().mapToDouble(EvidencePoint::lat).average().orElseThrow();
        double lon = group.stream().mapToDouble(EvidencePoint::lon).average().orElseThrow();
        Map<String, Integer> byKind = new TreeMap<>();
        Instant from = null;
        Instant to = null;
        for (EvidencePoint p : group) {
            byKind.merge(p.kind(), 1, Integer::sum);
            if (p.time() != null) {
                from = from == null || p.time().isBefore(from) ? p.time() : from;
                to = to == null || p.time().isAfter(to) ? p.time() : to;
            }
        }
        Map<String, Integer> kinds = new LinkedHashMap<>();
        byKind.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> kinds.put(e.getKey(), e.getValue()));
        Optional<NearestPlace.Found> near = places == null ? Optional.empty() : places.near(lat, lon);
        String name = near.map(f -> f.place().localName().isBlank() ? f.place().name() : f.place().localName())
                .orElse("");
        return new HotspotCluster(rank, lat, lon, radiusKm, group.size(), kinds, from, to, name,
                near.map(NearestPlace.Found::distanceKm).orElse(0.0),
                group.stream().map(EvidencePoint::id).toList());
    }
}
