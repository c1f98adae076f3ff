package org.spoor.mapping.geojson;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads RFC 7946 GeoJSON (FeatureCollection, Feature or bare geometry) into {@link MapFeature}s.
 * Streams: coordinates go straight from the parser into JTS coordinates, never through a JSON
 * tree (the basemap's countries are 3 MB of JSON; a tree of it costs more than the geometries).
 */
public final class GeoJsonReader {

    private final JsonFactory json = new ObjectMapper().getFactory(); // with a codec: nested values as trees
    private final GeometryFactory factory;

    public GeoJsonReader(GeometryFactory factory) {
        this.factory = factory;
    }

    public List<MapFeature> read(InputStream in) throws IOException {
        try (JsonParser p = json.createParser(in)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            List<MapFeature> out = new ArrayList<>();
            object(p, out);
            return out;
        }
    }

    /** Reads one object (collection, feature or geometry) whose START_OBJECT was just read. */
    private void object(JsonParser p, List<MapFeature> out) throws IOException {
        String type = null;
        Object coordinates = null;
        List<Geometry> geometries = new ArrayList<>();
        Geometry geometry = null;
        boolean hasGeometry = false;
        Map<String, Object> props = new LinkedHashMap<>();
        Object id = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.getCurrentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "type":
                    type = p.getText();
                    break;
                case "features":
                    expect(t, JsonToken.START_ARRAY);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        object(p, out);
                    }
                    break;
                case "geometry":
                    hasGeometry = true;
                    if (t == JsonToken.START_OBJECT) {
                        List<MapFeature> inner = new ArrayList<>();
                        object(p, inner);
                        geometry = inner.isEmpty() ? null : inner.get(0).geometry();
                    }
                    break;
                case "properties":
                    if (t == JsonToken.START_OBJECT) {
                        properties(p, props);
                    }
                    break;
                case "id":
                    id = p.getText();
                    break;
                case "coordinates":
                    coordinates = t == JsonToken.START_ARRAY ? coordinates(p) : null;
                    break;
                case "geometries":
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        List<MapFeature> inner = new ArrayList<>();
                        object(p, inner);
                        inner.forEach(f -> geometries.add(f.geometry()));
                    }
                    break;
                default:
                    p.skipChildren(); // bbox, crs, foreign members
            }
        }
        if ("Feature".equals(type)) {
            if (geometry != null) { // a feature without a place cannot be mapped
                Map<String, Object> all = new LinkedHashMap<>();
                if (id != null) {
                    all.put("id", id);
                }
                all.putAll(props);
                out.add(new MapFeature(geometry, all));
            }
        } else if (!"FeatureCollection".equals(type) && !hasGeometry && type != null) {
            Geometry g = "GeometryCollection".equals(type)
                    ? factory.buildGeometry(geometries)
                    : geometry(type, coordinates);
            out.add(new MapFeature(g, Map.of()));
        }
    }

    private static void properties(JsonParser p, Map<String, Object> props) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.getCurrentName();
            JsonToken t = p.nextToken();
            switch (t) {
                case VALUE_NULL: props.put(key, null); break;
                case VALUE_NUMBER_INT: props.put(key, p.getLongValue()); break;
                case VALUE_NUMBER_FLOAT: props.put(key, p.getDoubleValue()); break;
                case VALUE_TRUE: case VALUE_FALSE: props.put(key, p.getBooleanValue()); break;
                case START_OBJECT: case START_ARRAY:
                    props.put(key, p.readValueAsTree().toString()); // nested values kept as their JSON text
                    break;
                default: props.put(key, p.getText());
            }
        }
    }

    /** A position (Coordinate) or a list of nested arrays, from a START_ARRAY just read. */
    private static Object coordinates(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
            double x = p.getDoubleValue();
            p.nextToken();
            double y = p.getDoubleValue();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                // altitude and further values are not used
            }
            return new Coordinate(x, y);
        }
        List<Object> list = new ArrayList<>();
        while (t == JsonToken.START_ARRAY) {
            list.add(coordinates(p));
            t = p.nextToken();
        }
        return list;
    }

    @SuppressWarnings("unchecked")
    private Geometry geometry(String type, Object c) throws IOException {
        switch (type) {
            case "Point": return factory.createPoint((Coordinate) c);
            case "MultiPoint": return factory.createMultiPoint(((List<Coordinate>) c).stream()
                    .map(factory::createPoint).toArray(Point[]::new));
            case "LineString": return factory.createLineString(array((List<Coordinate>) c));
            case "MultiLineString": return factory.createMultiLineString(((List<List<Coordinate>>) c).stream()
                    .map(l -> factory.createLineString(array(l))).toArray(LineString[]::new));
            case "Polygon": return polygon((List<List<Coordinate>>) c);
            case "MultiPolygon": {
                List<List<List<Coordinate>>> polys = (List<List<List<Coordinate>>>) c;
                Polygon[] out = new Polygon[polys.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = polygon(polys.get(i));
                }
                return factory.createMultiPolygon(out);
            }
            default: throw new IOException("Unknown GeoJSON geometry type " + type);
        }
    }

    private Polygon polygon(List<List<Coordinate>> rings) {
        LinearRing shell = factory.createLinearRing(closed(array(rings.get(0))));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = factory.createLinearRing(closed(array(rings.get(i))));
        }
        return factory.createPolygon(shell, holes);
    }

    private static Coordinate[] array(List<Coordinate> cs) {
        return cs.toArray(new Coordinate[0]);
    }

    private static Coordinate[] closed(Coordinate[] cs) {
        if (cs.length > 0 && !cs[0].equals2D(cs[cs.length - 1])) {
            Coordinate[] copy = Arrays.copyOf(cs, cs.length + 1);
            copy[cs.length] = new Coordinate(cs[0]);
            return copy;
        }
        return cs;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("GeoJSON: expected " + expected + " but found " + actual);
        }
    }
}
