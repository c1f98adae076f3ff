package org.spoor.mapping.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.Route;
import org.spoor.mapping.area.AreaCounts;
import org.spoor.mapping.area.MapArea;
import org.spoor.mapping.hotspot.HotspotCluster;
import org.spoor.mapping.geojson.MapFeature;
import org.spoor.mapping.layer.FeatureLayer;

/**
 * Flattens a {@link MapModel} into features with the same attribute names in every format:
 * {@code layer}, {@code id}, {@code kind}, {@code label}, {@code time} (ISO 8601 UTC), {@code source_ref}.
 * Areas of interest are features of kind {@code area} with {@code name}, {@code note} and {@code points_inside};
 * hotspots are point features of kind {@code hotspot} ranked by {@code rank}, and an evidence point in a
 * hotspot carries that hotspot's rank in {@code hotspot}.
 */
public final class ExportFeatures {

    public static final String EVIDENCE = "evidence";
    public static final String ROUTES = "routes";
    public static final String AREAS = "areas";
    public static final String HOTSPOTS = "hotspots";

    private final GeometryFactory factory = new GeometryFactory();

    /** Layer name to its features, in drawing order: user layers, areas, routes, hotspots, evidence. */
    public Map<String, List<MapFeature>> byLayer(MapModel model) {
        Map<String, List<MapFeature>> layers = new LinkedHashMap<>();
        for (FeatureLayer l : model.userLayers()) {
            List<MapFeature> fs = new ArrayList<>();
            for (MapFeature f : l.features()) {
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("layer", l.name());
                props.putAll(f.properties());
                fs.add(new MapFeature(f.geometry(), props));
            }
            layers.put(l.name(), fs);
        }
        if (!model.areas().isEmpty()) {
            layers.put(AREAS, areas(model));
        }
        List<MapFeature> routes = new ArrayList<>();
        for (Route r : model.visibleRoutes()) {
            Coordinate[] cs = r.stops().stream().map(p -> new Coordinate(p.lon(), p.lat())).toArray(Coordinate[]::new);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("layer", ROUTES);
            props.put("id", r.id());
            props.put("kind", "route");
            props.put("label", r.label());
            props.put("time", r.stops().get(0).time().toString());
            props.put("time_end", r.stops().get(r.stops().size() - 1).time().toString());
            props.put("stops", (long) r.stops().size());
            routes.add(new MapFeature(factory.createLineString(cs), props));
        }
        if (!routes.isEmpty()) {
            layers.put(ROUTES, routes);
        }
        if (!model.hotspots().isEmpty()) {
            layers.put(HOTSPOTS, hotspots(model));
        }
        Map<String, Integer> rankOf = new java.util.HashMap<>();
        model.hotspots().forEach(h -> h.pointIds().forEach(id -> rankOf.putIfAbsent(id, h.rank())));
        List<MapFeature> points = new ArrayList<>();
        for (EvidencePoint p : model.visiblePoints()) {
            Map<String, Object> props = properties(p);
            if (!model.hotspots().isEmpty()) {
                Integer rank = rankOf.get(p.id());
                props.put("hotspot", rank == null ? null : (long) rank);
            }
            points.add(new MapFeature(factory.createPoint(new Coordinate(p.lon(), p.lat())), props));
        }
        layers.put(EVIDENCE, points);
        return layers;
    }

    private List<MapFeature> areas(MapModel model) {
        List<MapFeature> fs = new ArrayList<>();
        AreaCounts counts = new AreaCounts();
        for (MapArea a : model.areas()) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("layer", AREAS);
            props.put("id", a.id());
            props.put("kind", "area");
            props.put("label", a.name());
            props.put("name", a.name());
            props.put("note", a.note());
            props.put("points_inside", (long) counts.count(a, model.visiblePoints()));
            fs.add(new MapFeature(a.outline(), props));
        }
        return fs;
    }

    private List<MapFeature> hotspots(MapModel model) {
        List<MapFeature> fs = new ArrayList<>();
        for (HotspotCluster h : model.hotspots()) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("layer", HOTSPOTS);
            props.put("id", "hotspot:" + h.rank());
            props.put("kind", "hotspot");
            props.put("label", "#" + h.rank() + " (" + h.count() + ")"
                    + (h.nearestPlace().isEmpty() ? "" : " " + h.nearestPlace()));
            props.put("hotspot_rank", (long) h.rank());
            props.put("point_count", (long) h.count());
            props.put("radius_km", h.radiusKm());
            props.put("kinds", h.kindsText());
            props.put("time", h.from() == null ? null : h.from().toString());
            props.put("time_end", h.to() == null ? null : h.to().toString());
            props.put("place", h.nearestPlace());
            props.put("place_km", Math.round(h.placeKm() * 10) / 10.0);
            fs.add(new MapFeature(factory.createPoint(new Coordinate(h.lon(), h.lat())), props));
        }
        return fs;
    }

    public List<MapFeature> all(MapModel model) {
        List<MapFeature> all = new ArrayList<>();
        byLayer(model).values().forEach(all::addAll);
        return all;
    }

    static Map<String, Object> properties(EvidencePoint p) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("layer", EVIDENCE);
        props.put("id", p.id());
        props.put("kind", p.kind());
        props.put("label", p.label());
        props.put("time", p.time() == null ? null : p.time().toString());
        props.put("source_ref", p.sourceRef());
        return props;
    }
}
