package org.spoor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.audit.AuditEntry;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.CaseOptions;
import org.spoor.casefile.crypto.KdfParameters;
import org.spoor.exhibit.ExhibitContent;
import org.spoor.exhibit.ExhibitContentRepository;

/**
 * {@code spoor map} on a real case holding the training case's Vinh warehouse photo, imported through
 * {@code spoor import} (Tika reads its EXIF GPS); every format is read back by GDAL or ImageIO.
 */
class MapCommandTest {

    @TempDir
    static Path temp;

    private static final CliRun CLI = new CliRun();
    private static Path caseDir;

    @BeforeAll
    static void caseWithTheTrainingPhoto() throws Exception {
        caseDir = temp.resolve("vay.spoor");
        Path photo = temp.resolve("seized").resolve("kho-vinh.jpg");
        Files.createDirectories(photo.getParent());
        try (InputStream in = MapCommandTest.class.getResourceAsStream("/org/spoor/app/demo/training/kho-vinh.jpg")) {
            Files.copy(in, photo);
        }
        assertThat(CLI.run("case", "create", caseDir.toString(), "--title", "Operation Vảy", "--country", "VN"))
                .isZero();
        assertThat(CLI.run("import", caseDir.toString(), photo.getParent().toString(), "--seized-at",
                "Kho hàng, TP Vinh, Nghệ An", "--seal", "NA-2026-0315-02", "--custodian", "Nguyễn Thị Lan"))
                .as(CLI.err).isZero();
    }

    private static CaseFile open() throws Exception {
        CaseOptions options = new CaseOptions(Clock.fixed(Instant.parse("2026-03-14T05:40:00Z"), ZoneOffset.UTC),
                "tester", () -> KdfParameters.argon2id(8 * 1024, 1, 1), 2);
        return CaseFile.open(caseDir, "a long test passphrase".toCharArray(), options);
    }

    @Test
    void theTrainingPhotosExifPositionIsReadIntoTheCaseByTheImport() throws Exception {
        try (CaseFile opened = open()) {
            ExhibitContent content = new ExhibitContentRepository(opened.db()).located().get(0);
            assertThat(content.photoLatitude()).isEqualTo(18.6796, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(content.photoLongitude()).isEqualTo(105.6813, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(content.photoTakenAt()).isEqualTo(Instant.parse("2026-03-15T02:20:00Z"));
            assertThat(content.photoDevice()).contains("Galaxy A52");
        }
    }

    @Test
    void geoJsonHasThePhotoAndTheSeizureSiteAndTheExportIsAudited() throws Exception {
        Path out = temp.resolve("vay.geojson");
        assertThat(CLI.run("map", caseDir.toString(), "--out", out.toString(), "--json")).as(CLI.err).isZero();
        JsonNode doc = new ObjectMapper().readTree(CLI.out);
        assertThat(doc.path("format").asText()).isEqualTo("geojson");
        assertThat(doc.path("points").asInt()).isEqualTo(2);
        String info = ogrinfo(out);
        assertThat(info).contains("Feature Count: 2", "kind (String) = photo", "kind (String) = seizure",
                "label (String) = kho-vinh.jpg", "POINT (105.6813 18.6796)", "≈ Vinh");
        try (CaseFile opened = open()) {
            AuditEntry last = opened.audit().newest(0, 1).get(0);
            assertThat(last.action()).isEqualTo("case.exported");
            assertThat(last.details()).contains("\"file\":\"vay.geojson\"", "\"format\":\"geojson\"");
        }
    }

    @Test
    void kmlAndGeoPackageAreReadByGdalAndThePngIsADrawnMap() throws Exception {
        for (String name : new String[] {"vay.kml", "vay.gpkg"}) {
            Path out = temp.resolve(name);
            assertThat(CLI.run("map", caseDir.toString(), "--out", out.toString())).as(CLI.err).isZero();
            assertThat(CLI.out).contains("Map of 2 located items and no routes written to");
            assertThat(ogrinfo(out)).as(name).contains("kho-vinh.jpg").containsPattern("Feature Count: 2");
        }
        Path png = temp.resolve("vay.png");
        assertThat(CLI.run("map", caseDir.toString(), "--out", png.toString())).as(CLI.err).isZero();
        BufferedImage picture = ImageIO.read(png.toFile());
        assertThat(picture.getWidth()).isEqualTo(1600);
        assertThat(picture.getRGB(10, 10)).isNotEqualTo(picture.getRGB(800, 600));
    }

    @Test
    void anUnknownExtensionIsAUsageErrorThatNamesTheFormatsAndWritesNothing() {
        Path out = temp.resolve("vay.shp");
        assertThat(CLI.run("map", caseDir.toString(), "--out", out.toString())).isEqualTo(1);
        assertThat(CLI.err).contains("vay.shp", ".geojson, .kml, .gpkg or .png");
        assertThat(out).doesNotExist();
    }

    private static String ogrinfo(Path file) throws Exception {
        Process p = new ProcessBuilder("ogrinfo", "-al", "-ro", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
