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
import org.spoor.mapping.geojson.MapFeature;
import org.spoor.mapping.layer.FeatureLayer;

/**
 * Flattens a {@link MapModel} into features with the same attribute names in every format:
 * {@code layer}, {@code id}, {@code kind}, {@code label}, {@code time} (ISO 8601 UTC), {@code source_ref}.
 */
public final class ExportFeatures {

    public static final String EVIDENCE = "evidence";
    public static final String ROUTES = "routes";

    private final GeometryFactory factory = new GeometryFactory();

    /** Layer name to its features, in drawing order: user layers, routes, evidence. */
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
        List<MapFeature> points = new ArrayList<>();
        for (EvidencePoint p : model.visiblePoints()) {
            points.add(new MapFeature(factory.createPoint(new Coordinate(p.lon(), p.lat())), properties(p)));
        }
        layers.put(EVIDENCE, points);
        return layers;
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
