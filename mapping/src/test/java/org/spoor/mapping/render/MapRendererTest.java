package org.spoor.mapping.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.TestData;
import org.spoor.mapping.gazetteer.GazetteerLoader;
import org.spoor.mapping.gazetteer.Place;
import org.spoor.mapping.layer.Routes;

class MapRendererTest {

    private final MapRenderer renderer = new MapRenderer(TestData.basemap());

    @Test
    void aPhotoPointIsDrawnInItsKindsColourExactlyWhereItsPositionFalls() throws Exception {
        MapModel model = TestData.smallCase().withRoutes(List.of(Routes.inTimeOrder("phone-a", "Phone A",
                TestData.smallCase().points().stream().filter(p -> p.kind().equals("phone_location")).toList())));
        RenderOptions options = RenderOptions.standard().withSize(1200, 900);
        Viewport v = renderer.fit(model, options);
        BufferedImage image = renderer.render(model, new ProjectedPoints(model.visiblePoints()), v, options);
        keep(image, "small-case.png");

        EvidencePoint seizure = model.points().get(5); // the photo in Tanjung Priok, far from the others
        Point2D px = MapRenderer.pixelOf(v, seizure.lat(), seizure.lon());
        int rgb = image.getRGB((int) Math.round(px.getX()), (int) Math.round(px.getY())) & 0xFFFFFF;
        assertThat(rgb).isEqualTo(KindStyle.colour("photo").getRGB() & 0xFFFFFF);
    }

    @Test
    void theLegendBoxHoldsTextAndSymbolsAndThePictureIsNotBlank() throws Exception {
        MapModel model = eightCountries();
        RenderOptions options = RenderOptions.standard();
        Viewport v = renderer.fit(model, options);
        BufferedImage image = renderer.render(model, new ProjectedPoints(model.visiblePoints()), v, options);
        keep(image, "eight-countries.png");

        // The legend sits in the lower right corner above the attribution strip.
        int dark = 0;
        for (int y = image.getHeight() - 200; y < image.getHeight() - 30; y++) {
            for (int x = image.getWidth() - 260; x < image.getWidth() - 12; x++) {
                int rgb = image.getRGB(x, y);
                int lum = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
                if (lum < 200) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("dark legend text pixels").isGreaterThan(300);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("distinct colours").hasSizeGreaterThan(20);
        assertThat(colours).contains(0xFF000000 | BasemapPainter.SEA.getRGB(),
                0xFF000000 | BasemapPainter.LAND.getRGB());
    }

    @Test
    void theHeatLayerDarkensTheCellsWhereEvidenceClusters() throws Exception {
        List<EvidencePoint> pts = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            pts.add(new EvidencePoint("p" + i, 18.67 + (i % 10) * 0.001, 105.68 + (i / 10) * 0.0005, null,
                    "phone_location", "", ""));
        }
        pts.add(new EvidencePoint("far", 18.2, 105.2, null, "photo", "", ""));
        MapModel model = MapModel.of("Heat", pts);
        RenderOptions options = RenderOptions.standard().withSize(800, 600).withHeat(true);
        BufferedImage heat = renderer.render(model, options);
        BufferedImage plain = renderer.render(model, options.withHeat(false));
        keep(heat, "heat.png");
        assertThat(reddish(heat) - reddish(plain)).as("pixels turned red by the density layer").isGreaterThan(200);
    }

    private static int reddish(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                if (r > ((rgb >> 8) & 0xFF) + 40 && r > (rgb & 0xFF) + 40) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The eight countries with their capitals, border gates and ports, as an investigator would see them. */
    static MapModel eightCountries() {
        List<EvidencePoint> pts = new ArrayList<>();
        for (Place p : new GazetteerLoader().load().places()) {
            if (p.transitPoint()) {
                pts.add(new EvidencePoint(p.name(), p.lat(), p.lon(), null, "place", p.localName(), p.source()));
            }
        }
        return MapModel.of("Border gates, seaports and river ports on trafficking routes", pts);
    }

    /** Writes the picture beside the test classes so a person can look at it after the build. */
    static void keep(BufferedImage image, String name) throws IOException, URISyntaxException {
        Path classes = Path.of(MapRendererTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = Files.createDirectories(classes.getParent().resolve("rendered"));
        ImageIO.write(image, "png", dir.resolve(name).toFile());
    }
}
