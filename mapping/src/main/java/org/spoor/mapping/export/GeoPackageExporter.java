package org.spoor.mapping.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import org.locationtech.jts.io.WKBWriter;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.geojson.MapFeature;

/** OGC GeoPackage: one feature table per layer in EPSG:4326, every attribute a TEXT column. */
final class GeoPackageExporter implements MapFormat {

    @Override
    public void write(MapModel model, Path out) throws IOException {
        Files.deleteIfExists(out);
        GeoPackageManager.create(out.toFile());
        GeoPackage gpkg = GeoPackageManager.open(out.toFile());
        try {
            SpatialReferenceSystem wgs84 = gpkg.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", 4326);
            gpkg.createGeometryColumnsTable();
            for (Map.Entry<String, List<MapFeature>> layer : new ExportFeatures().byLayer(model).entrySet()) {
                table(gpkg, wgs84, tableName(layer.getKey()), layer.getValue());
            }
        } catch (java.sql.SQLException e) {
            throw new IOException("Cannot write GeoPackage " + out, e);
        } finally {
            gpkg.close();
        }
    }

    static String tableName(String layer) {
        String t = layer.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        return Character.isLetter(t.isEmpty() ? '0' : t.charAt(0)) ? t : "layer_" + t;
    }

    private static void table(GeoPackage gpkg, SpatialReferenceSystem srs, String name, List<MapFeature> features)
            throws IOException, java.sql.SQLException {
        Set<String> keys = new LinkedHashSet<>();
        features.forEach(f -> keys.addAll(f.properties().keySet()));
        keys.removeIf(k -> k.equalsIgnoreCase("fid") || k.equalsIgnoreCase("geom"));
        GeometryColumns gc = new GeometryColumns();
        gc.setTableName(name);
        gc.setColumnName("geom");
        gc.setGeometryType(GeometryType.GEOMETRY);
        gc.setZ((byte) 0);
        gc.setM((byte) 0);
        gc.setSrs(srs);
        List<FeatureColumn> columns = new ArrayList<>();
        for (String k : keys) {
            columns.add(FeatureColumn.createColumn(k, GeoPackageDataType.TEXT));
        }
        gpkg.createFeatureTable(FeatureTableMetadata.create(gc, "fid", columns));
        FeatureDao dao = gpkg.getFeatureDao(name);
        WKBWriter wkb = new WKBWriter();
        dao.beginTransaction();
        boolean written = false;
        try {
            for (MapFeature f : features) {
                FeatureRow row = dao.newRow();
                GeoPackageGeometryData data = GeoPackageGeometryData.createFromWkbAndBuildEnvelope(
                        wkb.write(f.geometry()));
                data.setSrsId((int) srs.getSrsId());
                row.setGeometry(data);
                for (String k : keys) {
                    Object v = f.properties().get(k);
                    row.setValue(k, v == null ? null : v.toString());
                }
                dao.create(row);
            }
            written = true;
        } finally {
            dao.endTransaction(written);
        }
    }
}
