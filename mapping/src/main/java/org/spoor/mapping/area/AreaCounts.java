package org.spoor.mapping.area;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.spoor.mapping.EvidencePoint;

/**
 * Which evidence points lie inside an area (JTS point-in-polygon; a point on the outline counts as
 * inside, since "at the fence of the warehouse" is at the warehouse).
 */
public final class AreaCounts {

    private final GeometryFactory factory = new GeometryFactory();

    public List<EvidencePoint> inside(MapArea area, List<EvidencePoint> points) {
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(area.outline());
        Envelope box = area.outline().getEnvelopeInternal();
        List<EvidencePoint> in = new ArrayList<>();
        for (EvidencePoint p : points) {
            if (box.contains(p.lon(), p.lat())
                    && prepared.covers(factory.createPoint(new Coordinate(p.lon(), p.lat())))) {
                in.add(p);
            }
        }
        return in;
    }

    public int count(MapArea area, List<EvidencePoint> points) {
        return inside(area, points).size();
    }

    /** Points inside each area, by the area's id, in the areas' order. */
    public Map<String, Integer> counts(List<MapArea> areas, List<EvidencePoint> points) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        areas.forEach(a -> counts.put(a.id(), count(a, points)));
        return counts;
    }
}
