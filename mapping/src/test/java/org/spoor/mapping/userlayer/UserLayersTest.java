package org.spoor.mapping.userlayer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.spoor.mapping.ExternalTool;
import org.spoor.mapping.MapException;
import org.spoor.mapping.crs.CoordinateConverter;
import org.spoor.mapping.crs.CoordinateSystems;
import org.spoor.mapping.geojson.MapFeature;
import org.spoor.mapping.layer.FeatureLayer;

/**
 * Each reader on a small fixture written by another program: GDAL's ogr2ogr writes the
 * shapefile, GeoPackage, GPX and KML from one GeoJSON source (a park with a hole, a patrol track,
 * a ranger post), so the readers meet files as other tools make them.
 */
class UserLayersTest {

    private static final String SOURCE = "{\"type\":\"FeatureCollection\",\"features\":["
            + "{\"type\":\"Feature\",\"properties\":{\"name\":\"Vũ Quang\",\"area_km2\":558.5},\"geometry\":"
            + "{\"type\":\"Polygon\",\"coordinates\":[[[105.3,18.2],[105.5,18.2],[105.5,18.4],[105.3,18.4],"
            + "[105.3,18.2]],[[105.38,18.28],[105.38,18.32],[105.42,18.32],[105.42,18.28],[105.38,18.28]]]}},"
            + "{\"type\":\"Feature\",\"properties\":{\"name\":\"Patrol 12\",\"area_km2\":null},\"geometry\":"
            + "{\"type\":\"LineString\",\"coordinates\":[[105.31,18.21],[105.35,18.25],[105.40,18.22]]}},"
            + "{\"type\":\"Feature\",\"properties\":{\"name\":\"Ranger post\",\"area_km2\":null},\"geometry\":"
            + "{\"type\":\"Point\",\"coordinates\":[105.33,18.24]}}]}";

    @TempDir
    Path dir;

    private Path source;
    private final UserLayers layers = new UserLayers(new CoordinateConverter(new CoordinateSystems()));

    @BeforeEach
    void writeSource() throws IOException {
        source = dir.resolve("park.geojson");
        Files.writeString(source, SOURCE);
    }

    @Test
    void geoJsonIsReadWithItsProperties() {
        assertParkLayer(single(layers.read(source)));
    }

    @Test
    void aShapefileWrittenByOgrIsReadWithItsDbfAttributesAndPolygonHoles() {
        for (String type : List.of("POLYGON", "LINESTRING", "POINT")) {
            Path shp = dir.resolve("park_" + type.toLowerCase(java.util.Locale.ROOT) + ".shp");
            ExternalTool.run(null, "ogr2ogr", "-f", "ESRI Shapefile", "-lco", "ENCODING=UTF-8", "-where",
                    "OGR_GEOMETRY='" + type + "'", shp.toString(), source.toString());
            assertThat(Files.exists(dir.resolve(shp.getFileName().toString().replace(".shp", ".shx")))).isTrue();
            FeatureLayer layer = single(layers.read(shp));
            assertThat(layer.features()).hasSize(1);
            MapFeature f = layer.features().get(0);
            if (type.equals("POLYGON")) {
                assertThat(f.geometry()).isInstanceOf(Polygon.class);
                assertThat(((Polygon) f.geometry()).getNumInteriorRing()).isEqualTo(1);
                assertThat(f.text("name")).isEqualTo("Vũ Quang");
                assertThat((Double) f.properties().get("area_km2")).isCloseTo(558.5, within(1e-9));
            } else if (type.equals("LINESTRING")) {
                assertThat(f.geometry()).isInstanceOf(LineString.class);
                assertThat(f.geometry().getNumPoints()).isEqualTo(3);
            } else {
                assertThat(f.geometry().getCoordinate().x).isCloseTo(105.33, within(1e-9));
            }
        }
    }

    @Test
    void aShapefileInVn2000IsMovedToWgs84WhenItsSystemIsNamed() throws IOException {
        Path shp = dir.resolve("post_vn2000.shp");
        ExternalTool.run(null, "ogr2ogr", "-f", "ESRI Shapefile", "-t_srs", "EPSG:3405", "-where",
                "OGR_GEOMETRY='POINT'", shp.toString(), source.toString());
        assertThatThrownBy(() -> layers.read(shp)).isInstanceOf(MapException.class)
                .satisfies(e -> assertThat(((MapException) e).messageKey())
                        .isEqualTo("map.userLayer.projectedShapefile"));
        CoordinateConverter converter = new CoordinateConverter(new CoordinateSystems());
        List<FeatureLayer> read = new org.spoor.mapping.userlayer.shapefile.ShapefileReader(converter, "EPSG:3405")
                .read(shp);
        Point p = (Point) read.get(0).features().get(0).geometry();
        assertThat(p.getX()).isCloseTo(105.33, within(1e-6));
        assertThat(p.getY()).isCloseTo(18.24, within(1e-6));
    }

    @Test
    void aGeoPackageWrittenByOgrIsReadTableByTable() {
        Path gpkg = dir.resolve("park.gpkg");
        ExternalTool.run(null, "ogr2ogr", "-f", "GPKG", gpkg.toString(), source.toString());
        assertParkLayer(single(layers.read(gpkg)));
    }

    @Test
    void kmlAndKmzWrittenByOgrAreRead() throws IOException {
        Path kml = dir.resolve("park.kml");
        ExternalTool.run(null, "ogr2ogr", "-f", "KML", kml.toString(), source.toString());
        assertParkLayer(single(layers.read(kml)));
        Path kmz = dir.resolve("park.kmz");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(kmz))) {
            zip.putNextEntry(new ZipEntry("doc.kml"));
            zip.write(Files.readAllBytes(kml));
            zip.closeEntry();
        }
        assertParkLayer(single(layers.read(kmz)));
    }

    @Test
    void gpxWaypointsAndTracksAreRead() throws IOException {
        Path gpx = dir.resolve("patrol.gpx");
        Files.writeString(gpx, "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"SMART\" "
                + "xmlns=\"http://www.topografix.com/GPX/1/1\">\n"
                + "<wpt lat=\"18.24\" lon=\"105.33\"><time>2024-03-01T02:00:00Z</time><name>Snare line</name></wpt>\n"
                + "<trk><name>Patrol 12</name><trkseg><trkpt lat=\"18.21\" lon=\"105.31\"/>"
                + "<trkpt lat=\"18.25\" lon=\"105.35\"/><trkpt lat=\"18.22\" lon=\"105.40\"/></trkseg></trk>\n"
                + "</gpx>\n");
        // the fixture itself is valid GPX for an independent reader
        assertThat(ExternalTool.run(null, "ogrinfo", "-ro", "-so", gpx.toString(), "tracks"))
                .contains("Feature Count: 1");
        FeatureLayer layer = single(layers.read(gpx));
        assertThat(layer.features()).extracting(f -> f.text("kind")).containsExactlyInAnyOrder("waypoint", "track");
        MapFeature track = layer.features().stream().filter(f -> f.text("kind").equals("track")).findFirst()
                .orElseThrow();
        assertThat(track.text("name")).isEqualTo("Patrol 12");
        assertThat(track.geometry().getNumPoints()).isEqualTo(3);
        MapFeature snare = layer.features().stream().filter(f -> f.text("kind").equals("waypoint")).findFirst()
                .orElseThrow();
        assertThat(snare.text("time")).isEqualTo("2024-03-01T02:00:00Z");
    }

    @Test
    void aCsvWithCoordinateColumnsInAnyLanguageIsRead() throws IOException {
        Path csv = dir.resolve("seizures.csv");
        Files.writeString(csv, "Địa điểm;Vĩ độ;Kinh độ;Ghi chú\n\"Kho, Vinh\";18,6796;105,6813;ngà voi\n"
                + "Cầu Treo;18.386;105.155;\"tê \"\"giác\"\"\"\n", StandardCharsets.UTF_8);
        FeatureLayer layer = single(layers.read(csv));
        assertThat(layer.features()).hasSize(2);
        assertThat(layer.features().get(0).text("Địa điểm")).isEqualTo("Kho, Vinh");
        assertThat(layer.features().get(0).geometry().getCoordinate().y).isCloseTo(18.6796, within(1e-9));
        assertThat(layer.features().get(1).text("Ghi chú")).isEqualTo("tê \"giác\"");
    }

    @Test
    void aFileOfAnUnknownKindIsRefusedWithAMessageKey() throws IOException {
        Path doc = dir.resolve("notes.docx");
        try (OutputStream os = Files.newOutputStream(doc)) {
            os.write(1);
        }
        assertThatThrownBy(() -> layers.read(doc)).isInstanceOf(MapException.class)
                .satisfies(e -> assertThat(((MapException) e).messageKey()).isEqualTo("map.userLayer.unsupported"));
    }

    private static FeatureLayer single(List<FeatureLayer> read) {
        assertThat(read).hasSize(1);
        return read.get(0);
    }

    private static void assertParkLayer(FeatureLayer layer) {
        assertThat(layer.features()).hasSize(3);
        MapFeature park = layer.features().stream().filter(f -> f.text("name").equals("Vũ Quang")).findFirst()
                .orElseThrow();
        Geometry g = park.geometry();
        assertThat(g).isInstanceOf(Polygon.class);
        assertThat(((Polygon) g).getNumInteriorRing()).isEqualTo(1);
        assertThat(g.getArea()).isCloseTo(0.04 - 0.0016, within(1e-9));
    }
}
