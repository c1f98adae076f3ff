package org.spoor.mapping.geojson;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** Reads RFC 7946 GeoJSON (FeatureCollection, Feature or bare geometry) into {@link MapFeature}s. */
public final class GeoJsonReader {

    private final ObjectMapper mapper = new ObjectMapper();
    private final GeometryFactory factory;

    public GeoJsonReader(GeometryFactory factory) {
        this.factory = factory;
    }

    public List<MapFeature> read(InputStream in) throws IOException {
        JsonNode root = mapper.readTree(in);
        List<MapFeature> out = new ArrayList<>();
        String type = root.path("type").asText();
        if ("FeatureCollection".equals(type)) {
            for (JsonNode f : root.path("features")) {
                addFeature(f, out);
            }
        } else if ("Feature".equals(type)) {
            addFeature(root, out);
        } else {
            out.add(new MapFeature(geometry(root), Map.of()));
        }
        return out;
    }

    private void addFeature(JsonNode f, List<MapFeature> out) {
        JsonNode g = f.path("geometry");
        if (g.isMissingNode() || g.isNull()) {
            return; // a feature without a place cannot be mapped
        }
        Map<String, Object> props = new LinkedHashMap<>();
        if (f.hasNonNull("id")) {
            props.put("id", f.get("id").asText());
        }
        Iterator<Map.Entry<String, JsonNode>> it = f.path("properties").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            props.put(e.getKey(), value(e.getValue()));
        }
        out.add(new MapFeature(geometry(g), props));
    }

    private static Object value(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return v.asLong();
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    public Geometry geometry(JsonNode g) {
        JsonNode c = g.path("coordinates");
        switch (g.path("type").asText()) {
            case "Point": return factory.createPoint(coordinate(c));
            case "MultiPoint": return factory.createMultiPoint(points(c));
            case "LineString": return factory.createLineString(coordinates(c));
            case "MultiLineString": return factory.createMultiLineString(lines(c));
            case "Polygon": return polygon(c);
            case "MultiPolygon": {
                Polygon[] polys = new Polygon[c.size()];
                for (int i = 0; i < polys.length; i++) {
                    polys[i] = polygon(c.get(i));
                }
                return factory.createMultiPolygon(polys);
            }
            case "GeometryCollection": {
                JsonNode gs = g.path("geometries");
                Geometry[] parts = new Geometry[gs.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = geometry(gs.get(i));
                }
                return factory.createGeometryCollection(parts);
            }
            default: throw new IllegalArgumentException("Unknown GeoJSON geometry type " + g.path("type"));
        }
    }

    private Point[] points(JsonNode c) {
        Point[] pts = new Point[c.size()];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = factory.createPoint(coordinate(c.get(i)));
        }
        return pts;
    }

    private LineString[] lines(JsonNode c) {
        LineString[] lines = new LineString[c.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = factory.createLineString(coordinates(c.get(i)));
        }
        return lines;
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing shell = factory.createLinearRing(closed(coordinates(rings.get(0))));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = factory.createLinearRing(closed(coordinates(rings.get(i))));
        }
        return factory.createPolygon(shell, holes);
    }

    private static Coordinate[] closed(Coordinate[] cs) {
        if (cs.length > 0 && !cs[0].equals2D(cs[cs.length - 1])) {
            Coordinate[] copy = java.util.Arrays.copyOf(cs, cs.length + 1);
            copy[cs.length] = new Coordinate(cs[0]);
            return copy;
        }
        return cs;
    }

    private static Coordinate[] coordinates(JsonNode c) {
        Coordinate[] cs = new Coordinate[c.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = coordinate(c.get(i));
        }
        return cs;
    }

    private static Coordinate coordinate(JsonNode c) {
        return new Coordinate(c.get(0).asDouble(), c.get(1).asDouble());
    }
}
