package org.spoor.mapping.area;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.spoor.mapping.MapException;

/** Makes the outline of a drawn area from the clicked corners or a dragged rectangle. */
public final class AreaOutlines {

    private final GeometryFactory factory = new GeometryFactory();

    /**
     * A polygon through the clicked positions (lon/lat pairs), closed back to the first.
     *
     * @throws MapException {@code map.area.tooFewCorners} with fewer than three distinct corners,
     *                      {@code map.area.badGeometry} when the outline crosses itself
     */
    public Polygon polygon(List<double[]> lonLat) {
        List<Coordinate> ring = new ArrayList<>();
        for (double[] p : lonLat) {
            Coordinate c = new Coordinate(p[0], p[1]);
            if (ring.isEmpty() || !ring.get(ring.size() - 1).equals2D(c)) {
                ring.add(c);
            }
        }
        if (ring.size() > 1 && ring.get(0).equals2D(ring.get(ring.size() - 1))) {
            ring.remove(ring.size() - 1);
        }
        if (ring.size() < 3) {
            throw new MapException("map.area.tooFewCorners", ring.size());
        }
        ring.add(new Coordinate(ring.get(0)));
        Polygon polygon = factory.createPolygon(ring.toArray(Coordinate[]::new));
        if (!polygon.isValid()) {
            throw new MapException("map.area.badGeometry", "");
        }
        return polygon;
    }

    /** A rectangle between two opposite corners (lon/lat). */
    public Polygon rectangle(double lon1, double lat1, double lon2, double lat2) {
        double w = Math.min(lon1, lon2);
        double e = Math.max(lon1, lon2);
        double s = Math.min(lat1, lat2);
        double n = Math.max(lat1, lat2);
        return polygon(List.of(new double[] {w, s}, new double[] {e, s}, new double[] {e, n}, new double[] {w, n}));
    }
}
