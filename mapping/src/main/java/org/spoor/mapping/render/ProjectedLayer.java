package org.spoor.mapping.render;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.spoor.mapping.geojson.MapFeature;
import org.spoor.mapping.layer.FeatureLayer;

/**
 * A layer projected to Web Mercator once for one zoom level, with vertices closer than a pixel
 * at that zoom dropped: later frames at the same zoom only scale and shift the paths.
 */
final class ProjectedLayer {

    record Shape(Path2D.Double path, Rectangle2D bounds, MapFeature feature) {
    }

    private final List<Shape> shapes;

    ProjectedLayer(FeatureLayer layer, double tolerance) {
        List<Shape> list = new ArrayList<>();
        for (MapFeature f : layer.features()) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            add(path, f.geometry(), tolerance);
            list.add(new Shape(path, path.getBounds2D(), f));
        }
        this.shapes = List.copyOf(list);
    }

    List<Shape> shapes() {
        return shapes;
    }

    private static void add(Path2D.Double path, Geometry g, double tol) {
        if (g instanceof Polygon) {
            Polygon p = (Polygon) g;
            line(path, p.getExteriorRing().getCoordinates(), tol, true);
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                line(path, p.getInteriorRingN(i).getCoordinates(), tol, true);
            }
        } else if (g instanceof LineString) {
            line(path, g.getCoordinates(), tol, false);
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) != g) {
                    add(path, g.getGeometryN(i), tol);
                }
            }
        }
    }

    private static void line(Path2D.Double path, Coordinate[] cs, double tol, boolean close) {
        double lastX = WebMercator.x(cs[0].x);
        double lastY = WebMercator.y(cs[0].y);
        path.moveTo(lastX, lastY);
        for (int i = 1; i < cs.length; i++) {
            double x = WebMercator.x(cs[i].x);
            double y = WebMercator.y(cs[i].y);
            if (Math.abs(x - lastX) >= tol || Math.abs(y - lastY) >= tol || i == cs.length - 1) {
                path.lineTo(x, y);
                lastX = x;
                lastY = y;
            }
        }
        if (close) {
            path.closePath();
        }
    }
}
