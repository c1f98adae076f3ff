package org.spoor.mapping.basemap;

import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.spoor.mapping.geojson.MapFeature;
import org.spoor.mapping.layer.FeatureLayer;

/**
 * The offline basemap: countries, provinces (admin-1) of the eight countries, disputed islands
 * shown as their own features, rivers and lakes. All WGS 84. The attribution to print with it is
 * {@code map.attribution} in {@link org.spoor.mapping.MapTexts}.
 */
public record Basemap(FeatureLayer countries, FeatureLayer provinces, FeatureLayer disputed, FeatureLayer rivers,
                      FeatureLayer lakes) {

    /** The country feature whose polygon holds the position, if any. */
    public Optional<MapFeature> countryAt(double lat, double lon) {
        return featureAt(countries, lat, lon);
    }

    /** The province feature whose polygon holds the position, if any (eight countries only). */
    public Optional<MapFeature> provinceAt(double lat, double lon) {
        return featureAt(provinces, lat, lon);
    }

    public Optional<MapFeature> disputedAt(double lat, double lon) {
        return featureAt(disputed, lat, lon);
    }

    private static Optional<MapFeature> featureAt(FeatureLayer layer, double lat, double lon) {
        Point p = new GeometryFactory().createPoint(new org.locationtech.jts.geom.Coordinate(lon, lat));
        for (MapFeature f : layer.features()) {
            Geometry g = f.geometry();
            if (g.getEnvelopeInternal().contains(lon, lat)) {
                PreparedGeometry prepared = PreparedGeometryFactory.prepare(g);
                if (prepared.covers(p)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }
}
