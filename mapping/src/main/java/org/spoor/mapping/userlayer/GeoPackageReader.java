package org.spoor.mapping.userlayer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.spoor.mapping.geojson.MapFeature;
import org.spoor.mapping.layer.FeatureLayer;

/**
 * GeoPackage user layers: every feature table becomes a layer. Tables must be in EPSG:4326
 * (what SMART and QGIS exports for sharing use); other systems are refused rather than misplaced.
 */
final class GeoPackageReader implements UserLayerReader {

    @Override
    public List<FeatureLayer> read(Path file) throws IOException {
        List<FeatureLayer> layers = new ArrayList<>();
        try (GeoPackage gpkg = GeoPackageManager.open(file.toFile(), false)) {
            for (String table : gpkg.getFeatureTables()) {
                FeatureDao dao = gpkg.getFeatureDao(table);
                long srs = dao.getGeometryColumns().getSrsId();
                if (srs != 4326 && srs != 0 && srs != -1) {
                    throw new org.spoor.mapping.MapException("map.userLayer.unsupportedCrs", file.getFileName(),
                            table, "EPSG:" + srs);
                }
                layers.add(new FeatureLayer(table, features(dao)));
            }
        }
        return layers;
    }

    private static List<MapFeature> features(FeatureDao dao) throws IOException {
        List<MapFeature> out = new ArrayList<>();
        WKBReader wkb = new WKBReader();
        String geomColumn = dao.getGeometryColumnName();
        String pk = dao.getPkColumnName();
        FeatureResultSet rs = dao.queryForAll();
        try {
            while (rs.moveToNext()) {
                FeatureRow row = rs.getRow();
                GeoPackageGeometryData data = row.getGeometry();
                if (data == null || data.getWkb() == null) {
                    continue;
                }
                Geometry g;
                try {
                    g = wkb.read(data.getWkb());
                } catch (ParseException e) {
                    throw new IOException("Bad geometry in " + dao.getTableName(), e);
                }
                Map<String, Object> props = new LinkedHashMap<>();
                for (String c : row.getColumnNames()) {
                    if (!c.equals(geomColumn) && !c.equals(pk)) {
                        props.put(c, row.getValue(c));
                    }
                }
                out.add(new MapFeature(g, props));
            }
        } finally {
            rs.close();
        }
        return out;
    }
}
