package org.spoor.mapping.userlayer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jenetics.jpx.GPX;
import io.jenetics.jpx.Track;
import io.jenetics.jpx.TrackSegment;
import io.jenetics.jpx.WayPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.spoor.mapping.geojson.MapFeature;
import org.spoor.mapping.layer.FeatureLayer;

/** GPX (GPS receivers, patrol apps): waypoints as points, each track and route as a line. */
final class GpxReader implements UserLayerReader {

    private final GeometryFactory factory = new GeometryFactory();

    @Override
    public List<FeatureLayer> read(Path file) throws IOException {
        GPX gpx = GPX.read(file);
        List<MapFeature> features = new ArrayList<>();
        for (WayPoint w : gpx.getWayPoints()) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", w.getName().orElse(""));
            props.put("time", w.getTime().map(Object::toString).orElse(null));
            props.put("kind", "waypoint");
            features.add(new MapFeature(factory.createPoint(coordinate(w)), props));
        }
        for (Track t : gpx.getTracks()) {
            List<LineString> lines = new ArrayList<>();
            for (TrackSegment s : t.getSegments()) {
                if (s.getPoints().size() >= 2) {
                    lines.add(factory.createLineString(s.getPoints().stream().map(GpxReader::coordinate)
                            .toArray(Coordinate[]::new)));
                }
            }
            if (!lines.isEmpty()) {
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("name", t.getName().orElse(""));
                props.put("kind", "track");
                features.add(new MapFeature(factory.createMultiLineString(lines.toArray(LineString[]::new)), props));
            }
        }
        for (io.jenetics.jpx.Route r : gpx.getRoutes()) {
            if (r.getPoints().size() >= 2) {
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("name", r.getName().orElse(""));
                props.put("kind", "route");
                features.add(new MapFeature(factory.createLineString(r.getPoints().stream()
                        .map(GpxReader::coordinate).toArray(Coordinate[]::new)), props));
            }
        }
        return List.of(new FeatureLayer(UserLayers.baseName(file), features));
    }

    private static Coordinate coordinate(WayPoint w) {
        return new Coordinate(w.getLongitude().doubleValue(), w.getLatitude().doubleValue());
    }
}
