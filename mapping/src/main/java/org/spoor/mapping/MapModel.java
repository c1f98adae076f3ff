package org.spoor.mapping;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.spoor.mapping.area.MapArea;
import org.spoor.mapping.hotspot.HotspotCluster;
import org.spoor.mapping.layer.FeatureLayer;
import org.spoor.mapping.layer.TimeWindow;

/**
 * What a map shows: evidence points, routes, user layers (protected areas, patrol tracks), the
 * investigator's areas of interest, the hotspots found among the points and the time window.
 * Immutable; the {@code with...} methods return a changed copy.
 */
public record MapModel(String title, List<EvidencePoint> points, List<Route> routes, List<FeatureLayer> userLayers,
                       TimeWindow window, List<MapArea> areas, List<HotspotCluster> hotspots) {

    public MapModel {
        points = List.copyOf(points);
        routes = List.copyOf(routes);
        userLayers = List.copyOf(userLayers);
        window = window == null ? TimeWindow.ALL : window;
        title = title == null ? "" : title;
        areas = areas == null ? List.of() : List.copyOf(areas);
        hotspots = hotspots == null ? List.of() : List.copyOf(hotspots);
    }

    /** A map without areas of interest or hotspots. */
    public MapModel(String title, List<EvidencePoint> points, List<Route> routes, List<FeatureLayer> userLayers,
                    TimeWindow window) {
        this(title, points, routes, userLayers, window, List.of(), List.of());
    }

    public static MapModel of(String title, List<EvidencePoint> points) {
        return new MapModel(title, points, List.of(), List.of(), TimeWindow.ALL);
    }

    public MapModel withRoutes(List<Route> newRoutes) {
        return new MapModel(title, points, newRoutes, userLayers, window, areas, hotspots);
    }

    public MapModel withUserLayer(FeatureLayer layer) {
        List<FeatureLayer> layers = new ArrayList<>(userLayers);
        layers.add(layer);
        return new MapModel(title, points, routes, layers, window, areas, hotspots);
    }

    public MapModel withWindow(TimeWindow newWindow) {
        return new MapModel(title, points, routes, userLayers, newWindow, areas, hotspots);
    }

    public MapModel withAreas(List<MapArea> newAreas) {
        return new MapModel(title, points, routes, userLayers, window, newAreas, hotspots);
    }

    /** The hotspots to draw and export (found by {@link org.spoor.mapping.hotspot.HotspotFinder}). */
    public MapModel withHotspots(List<HotspotCluster> found) {
        return new MapModel(title, points, routes, userLayers, window, areas, found);
    }

    /** Points inside the time window. */
    public List<EvidencePoint> visiblePoints() {
        return window.equals(TimeWindow.ALL) ? points : points.stream().filter(window::contains).toList();
    }

    /** Routes cut to the stops inside the time window; routes left with fewer than two stops are hidden. */
    public List<Route> visibleRoutes() {
        List<Route> out = new ArrayList<>();
        for (Route r : routes) {
            List<EvidencePoint> stops = r.stops().stream().filter(window::contains).toList();
            if (stops.size() >= 2) {
                out.add(new Route(r.id(), r.label(), stops));
            }
        }
        return out;
    }

    /** Bounds of everything visible, in lon/lat; null-sized when the map is empty. */
    public Envelope bounds() {
        Envelope e = new Envelope();
        visiblePoints().forEach(p -> e.expandToInclude(p.lon(), p.lat()));
        visibleRoutes().forEach(r -> r.stops().forEach(p -> e.expandToInclude(p.lon(), p.lat())));
        userLayers.forEach(l -> e.expandToInclude(l.bounds()));
        areas.forEach(a -> e.expandToInclude(a.outline().getEnvelopeInternal()));
        return e;
    }
}
