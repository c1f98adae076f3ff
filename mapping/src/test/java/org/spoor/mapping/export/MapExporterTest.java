package org.spoor.mapping.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.spoor.mapping.ExternalTool;
import org.spoor.mapping.MapException;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.TestData;
import org.spoor.mapping.geojson.MapFeature;
import org.spoor.mapping.layer.FeatureLayer;
import org.spoor.mapping.layer.Routes;

/** Every export is read back by GDAL's ogrinfo, an independent reader. */
class MapExporterTest {

    @TempDir
    Path dir;

    private final MapExporter exporter = new MapExporter(TestData.basemap());

    private static MapModel model() {
        MapModel m = TestData.smallCase();
        GeometryFactory gf = new GeometryFactory();
        FeatureLayer park = new FeatureLayer("Vu Quang National Park", List.of(new MapFeature(
                gf.createPolygon(new Coordinate[] {new Coordinate(105.3, 18.2), new Coordinate(105.5, 18.2),
                    new Coordinate(105.5, 18.4), new Coordinate(105.3, 18.4), new Coordinate(105.3, 18.2)}),
                Map.of("name", "Vũ Quang"))));
        return m.withRoutes(Routes.perKey(m.points(), p -> p.kind().equals("phone_location") ? "Phone A" : null)
                        .stream().filter(r -> r.id().equals("Phone A")).toList())
                .withUserLayer(park);
    }

    @Test
    void geoJsonHasEveryFeatureWithItsPropertiesForOgr() {
        Path out = dir.resolve("case.geojson");
        exporter.export(model(), out);
        String info = ExternalTool.run(null, "ogrinfo", "-al", "-ro", out.toString());
        assertThat(featureCount(info)).isEqualTo(6 + 1 + 1);
        assertThat(info).contains("source_ref (String) = EX-002/loc/3").contains("label (String) = Phone A at Cầu Treo")
                .contains("kind (String) = route").contains("name (String) = Vũ Quang");
    }

    @Test
    void kmlHasOneFolderPerLayerAndTheAttributesInExtendedData() {
        Path out = dir.resolve("case.kml");
        exporter.export(model(), out);
        String info = ExternalTool.run(null, "ogrinfo", "-al", "-ro", out.toString());
        Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(info);
        int total = 0;
        while (m.find()) {
            total += Integer.parseInt(m.group(1));
        }
        assertThat(total).isEqualTo(8);
        assertThat(info).contains("Layer name: evidence").contains("Layer name: routes")
                .contains("source_ref (String) = EX-003/IMG_0042.JPG");
    }

    @Test
    void geoPackageHasOneTablePerLayerReadableByOgr() {
        Path out = dir.resolve("case.gpkg");
        exporter.export(model(), out);
        String evidence = ExternalTool.run(null, "ogrinfo", "-ro", "-al", out.toString(), "evidence");
        assertThat(featureCount(evidence)).isEqualTo(6);
        assertThat(evidence).contains("kind (String) = seizure").contains("EPSG\",4326");
        String all = ExternalTool.run(null, "ogrinfo", "-ro", out.toString());
        assertThat(all).contains("evidence").contains("routes").contains("vu_quang_national_park");
    }

    @Test
    void aPngIsRenderedWithTheRequestedSize() throws Exception {
        Path out = dir.resolve("case.png");
        exporter.export(model(), out);
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(ExternalTool.run(null, "gdalinfo", out.toString())).contains("Driver: PNG/Portable Network Graphics")
                .contains("Size is 1600, 1200");
    }

    @Test
    void theTimeWindowLimitsWhatIsExported() {
        Path out = dir.resolve("window.geojson");
        MapModel windowed = model().withWindow(new org.spoor.mapping.layer.TimeWindow(TestData.T0,
                TestData.T0.plusSeconds(7200), false));
        exporter.export(windowed, out);
        String info = ExternalTool.run(null, "ogrinfo", "-al", "-ro", "-where", "layer = 'evidence'", out.toString());
        assertThat(featureCount(info)).isEqualTo(3);
    }

    @Test
    void anUnknownExtensionIsRefusedWithAMessageKey() {
        assertThatThrownBy(() -> exporter.export(model(), dir.resolve("case.docx")))
                .isInstanceOf(MapException.class)
                .satisfies(e -> assertThat(((MapException) e).messageKey()).isEqualTo("map.export.unsupported"));
    }

    private static int featureCount(String ogrinfo) {
        Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(ogrinfo);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        return (int) ogrinfo.lines().filter(l -> l.startsWith("OGRFeature(")).count();
    }
}
