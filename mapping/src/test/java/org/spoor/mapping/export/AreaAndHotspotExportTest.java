package org.spoor.mapping.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.mapping.ExternalTool;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.TestData;
import org.spoor.mapping.area.AreaOutlines;
import org.spoor.mapping.area.MapArea;
import org.spoor.mapping.hotspot.HotspotFinder;

/** Areas of interest and hotspots leave the case with the map, read back by GDAL's ogrinfo. */
class AreaAndHotspotExportTest {

    @TempDir
    Path dir;

    private final MapExporter exporter = new MapExporter(TestData.basemap());

    private static MapModel model() {
        MapModel m = TestData.smallCase();
        MapArea vinh = new MapArea("area-1", "Kho Vinh", "warehouse block",
                new AreaOutlines().rectangle(105.65, 18.66, 105.70, 18.70));
        return m.withAreas(List.of(vinh)).withHotspots(new HotspotFinder(2.0, 2, null).find(m.points()));
    }

    @Test
    void geoJsonCarriesTheAreaWithItsNameNoteAndCountAndTheHotspotRanks() {
        Path out = dir.resolve("case.geojson");
        exporter.export(model(), out);
        String areas = ExternalTool.run(null, "ogrinfo", "-al", "-ro", "-where", "kind = 'area'", out.toString());
        assertThat(areas).contains("name (String) = Kho Vinh").contains("note (String) = warehouse block")
                .contains("points_inside (Integer) = 2").contains("POLYGON ((");
        String spots = ExternalTool.run(null, "ogrinfo", "-al", "-ro", "-where", "kind = 'hotspot'", out.toString());
        assertThat(spots).contains("hotspot_rank (Integer) = 1").contains("point_count (Integer) = 2");
        String seizure = ExternalTool.run(null, "ogrinfo", "-al", "-ro", "-where", "id = 'seizure-1'",
                out.toString());
        assertThat(seizure).contains("hotspot (Integer) = 1");
    }

    @Test
    void kmlAndGeoPackageHoldTheAreaAsAFeatureOfItsOwnLayer() {
        Path kml = dir.resolve("case.kml");
        exporter.export(model(), kml);
        String kmlInfo = ExternalTool.run(null, "ogrinfo", "-ro", "-al", kml.toString(), "areas");
        assertThat(kmlInfo).contains("Name (String) = Kho Vinh").contains("POLYGON ((");
        Path gpkg = dir.resolve("case.gpkg");
        exporter.export(model(), gpkg);
        String gpkgInfo = ExternalTool.run(null, "ogrinfo", "-ro", "-al", gpkg.toString(), "areas");
        assertThat(gpkgInfo).contains("Feature Count: 1").contains("name (String) = Kho Vinh")
                .contains("kind (String) = area");
        assertThat(ExternalTool.run(null, "ogrinfo", "-ro", gpkg.toString())).contains("hotspots");
    }

    @Test
    void thePngDrawsTheAreaInItsColour() throws Exception {
        Path with = dir.resolve("with.png");
        MapModel vietNam = model();
        vietNam = new MapModel(vietNam.title(), vietNam.points().stream().filter(p -> p.lat() > 0).toList(),
                List.of(), List.of(), null, vietNam.areas(), List.of());
        exporter.export(vietNam, with);
        BufferedImage image = ImageIO.read(with.toFile());
        int outline = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0x1F4E9A) {
                    outline++;
                }
            }
        }
        assertThat(outline).isGreaterThan(100);
    }
}
