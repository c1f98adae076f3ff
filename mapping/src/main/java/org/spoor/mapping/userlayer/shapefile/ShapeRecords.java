package org.spoor.mapping.userlayer.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Decodes one .shp record body (ESRI Shapefile Technical Description, 1998): little-endian shape
 * type, then the geometry. Z and M variants carry x/y first, the extra values are ignored.
 * Polygon rings: clockwise = outer ring, counter-clockwise = hole of the outer ring holding it.
 */
final class ShapeRecords {

    static final int NULL = 0;
    private final GeometryFactory factory;

    ShapeRecords(GeometryFactory factory) {
        this.factory = factory;
    }

    /** The geometry of a record body, or null for a null shape. */
    Geometry decode(ByteBuffer body) {
        ByteBuffer b = body.order(ByteOrder.LITTLE_ENDIAN);
        int type = b.getInt(0);
        // 1/11/21 point, 3/13/23 polyline, 5/15/25 polygon, 8/18/28 multipoint (plain, Z, M); 31 multipatch
        switch (type == 31 ? type : type % 10) {
            case NULL:
                return null;
            case 1:
                return factory.createPoint(new Coordinate(b.getDouble(4), b.getDouble(12)));
            case 8: {
                int n = b.getInt(36);
                Coordinate[] cs = new Coordinate[n];
                for (int i = 0; i < n; i++) {
                    cs[i] = new Coordinate(b.getDouble(40 + 16 * i), b.getDouble(48 + 16 * i));
                }
                return factory.createMultiPointFromCoords(cs);
            }
            case 3:
                return lines(parts(b));
            case 5:
                return polygons(parts(b));
            default:
                throw new IllegalArgumentException("Unsupported shape type " + type);
        }
    }

    /** Reads the parts of a PolyLine or Polygon: bbox(32) numParts numPoints parts[] points[]. */
    private static List<Coordinate[]> parts(ByteBuffer b) {
        int numParts = b.getInt(36);
        int numPoints = b.getInt(40);
        int pointsAt = 44 + 4 * numParts;
        List<Coordinate[]> parts = new ArrayList<>(numParts);
        for (int p = 0; p < numParts; p++) {
            int start = b.getInt(44 + 4 * p);
            int end = p + 1 < numParts ? b.getInt(44 + 4 * (p + 1)) : numPoints;
            Coordinate[] cs = new Coordinate[end - start];
            for (int i = start; i < end; i++) {
                cs[i - start] = new Coordinate(b.getDouble(pointsAt + 16 * i), b.getDouble(pointsAt + 16 * i + 8));
            }
            parts.add(cs);
        }
        return parts;
    }

    private Geometry lines(List<Coordinate[]> parts) {
        LineString[] lines = parts.stream().map(factory::createLineString).toArray(LineString[]::new);
        return lines.length == 1 ? lines[0] : factory.createMultiLineString(lines);
    }

    private Geometry polygons(List<Coordinate[]> parts) {
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (Coordinate[] ring : parts) {
            LinearRing r = factory.createLinearRing(ring);
            (Orientation.isCCW(ring) ? holes : shells).add(r);
        }
        List<List<LinearRing>> holesOf = new ArrayList<>();
        shells.forEach(s -> holesOf.add(new ArrayList<>()));
        for (LinearRing hole : holes) {
            for (int i = 0; i < shells.size(); i++) {
                if (factory.createPolygon(shells.get(i)).contains(hole.getStartPoint())) {
                    holesOf.get(i).add(hole);
                    break;
                }
            }
        }
        Polygon[] polys = new Polygon[shells.size()];
        for (int i = 0; i < polys.length; i++) {
            polys[i] = factory.createPolygon(shells.get(i), holesOf.get(i).toArray(LinearRing[]::new));
        }
        return polys.length == 1 ? polys[0] : factory.createMultiPolygon(polys);
    }
}
