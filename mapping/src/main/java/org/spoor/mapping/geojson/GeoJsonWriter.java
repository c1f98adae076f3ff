package org.spoor.mapping.geojson;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes RFC 7946 GeoJSON: WGS 84 longitude/latitude, no "crs" member, exterior rings
 * counter-clockwise (section 3.1.6), property values as JSON scalars.
 */
public final class GeoJsonWriter {

    private final JsonFactory json = new JsonFactory();

    public void write(List<MapFeature> features, OutputStream out) throws IOException {
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (MapFeature f : features) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeFieldName("geometry");
                geometry(g, f.geometry());
                g.writeObjectFieldStart("properties");
                for (Map.Entry<String, Object> e : f.properties().entrySet()) {
                    property(g, e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void property(JsonGenerator g, String key, Object v) throws IOException {
        if (v == null) {
            g.writeNullField(key);
        } else if (v instanceof Long || v instanceof Integer) {
            g.writeNumberField(key, ((Number) v).longValue());
        } else if (v instanceof Number) {
            g.writeNumberField(key, ((Number) v).doubleValue());
        } else if (v instanceof Boolean) {
            g.writeBooleanField(key, (Boolean) v);
        } else {
            g.writeStringField(key, v.toString());
        }
    }

    private static void geometry(JsonGenerator g, Geometry geom) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", geom.getGeometryType());
        if (geom instanceof Point) {
            g.writeFieldName("coordinates");
            coordinate(g, geom.getCoordinate());
        } else if (geom instanceof LineString) {
            g.writeFieldName("coordinates");
            coordinates(g, geom.getCoordinates());
        } else if (geom instanceof Polygon) {
            g.writeFieldName("coordinates");
            polygon(g, (Polygon) geom);
        } else if (geom instanceof MultiPoint || geom instanceof MultiLineString || geom instanceof MultiPolygon) {
            g.writeArrayFieldStart("coordinates");
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                Geometry part = geom.getGeometryN(i);
                if (part instanceof Point) {
                    coordinate(g, part.getCoordinate());
                } else if (part instanceof Polygon) {
                    polygon(g, (Polygon) part);
                } else {
                    coordinates(g, part.getCoordinates());
                }
            }
            g.writeEndArray();
        } else if (geom instanceof GeometryCollection) {
            g.writeArrayFieldStart("geometries");
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                geometry(g, geom.getGeometryN(i));
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void polygon(JsonGenerator g, Polygon p) throws IOException {
        Polygon oriented = (Polygon) p.copy();
        oriented.normalize(); // JTS normal form: shell clockwise, holes counter-clockwise
        g.writeStartArray();
        coordinates(g, reversed(oriented.getExteriorRing().getCoordinates()));
        for (int i = 0; i < oriented.getNumInteriorRing(); i++) {
            coordinates(g, reversed(oriented.getInteriorRingN(i).getCoordinates()));
        }
        g.writeEndArray();
    }

    private static Coordinate[] reversed(Coordinate[] cs) {
        Coordinate[] r = new Coordinate[cs.length];
        for (int i = 0; i < cs.length; i++) {
            r[i] = cs[cs.length - 1 - i];
        }
        return r;
    }

    private static void coordinates(JsonGenerator g, Coordinate[] cs) throws IOException {
        g.writeStartArray();
        for (Coordinate c : cs) {
            coordinate(g, c);
        }
        g.writeEndArray();
    }

    private static void coordinate(JsonGenerator g, Coordinate c) throws IOException {
        g.writeStartArray();
        g.writeNumber(c.x);
        g.writeNumber(c.y);
        g.writeEndArray();
    }
}
