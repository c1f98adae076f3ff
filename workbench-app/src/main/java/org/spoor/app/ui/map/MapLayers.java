package org.spoor.app.ui.map;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.Route;
import org.spoor.mapping.layer.FeatureLayer;
import org.spoor.mapping.layer.TimeWindow;

/**
 * Which layers are on: evidence points by kind, routes, heat, the basemap, user layers. Turns the
 * case's full map into the map to draw. Immutable: each switch returns a changed copy.
 */
public record MapLayers(boolean basemap, boolean routes, boolean heat, Set<String> hiddenKinds) {

    public static final MapLayers DEFAULT = new MapLayers(true, true, false, Set.of());

    public MapLayers {
        hiddenKinds = Set.copyOf(hiddenKinds);
    }

    public MapLayers withBasemap(boolean on) {
        return new MapLayers(on, routes, heat, hiddenKinds);
    }

    public MapLayers withRoutes(boolean on) {
        return new MapLayers(basemap, on, heat, hiddenKinds);
    }

    public MapLayers withHeat(boolean on) {
        return new MapLayers(basemap, routes, on, hiddenKinds);
    }

    public MapLayers withKind(String kind, boolean shown) {
        Set<String> hidden = new HashSet<>(hiddenKinds);
        if (shown) {
            hidden.remove(kind);
        } else {
            hidden.add(kind);
        }
        return new MapLayers(basemap, routes, heat, hidden);
    }

    public boolean shows(String kind) {
        return !hiddenKinds.contains(kind);
    }

    /** The map to draw: shown kinds only, routes if on, the user layers, cut to the time window. */
    public MapModel apply(MapModel full, List<FeatureLayer> userLayers, TimeWindow window) {
        List<EvidencePoint> points = full.points().stream().filter(p -> shows(p.kind())).toList();
        List<Route> shownRoutes = routes ? full.routes() : List.of();
        return new MapModel(full.title(), points, shownRoutes, userLayers, window);
    }

    /** Kinds present in the map with their counts, in first-seen order. */
    public static Map<String, Integer> kinds(MapModel full) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        full.points().forEach(p -> counts.merge(p.kind(), 1, Integer::sum));
        return counts;
    }
}
