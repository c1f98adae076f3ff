package org.spoor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.audit.AuditEntry;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.CaseOptions;
import org.spoor.casefile.crypto.KdfParameters;
import org.spoor.place.AreaEdits;

/**
 * {@code spoor map --places / --hotspots / --areas} and {@code spoor place confirm|reject} on a real case:
 * the training warehouse photo and a driver's note naming the Cầu Treo gate, seized "in TP Vinh".
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MapPlacesHotspotsCommandTest {

    @TempDir
    static Path temp;

    private static final CliRun CLI = new CliRun();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path caseDir;

    @BeforeAll
    static void caseWithAPhotoAndANote() throws Exception {
        caseDir = temp.resolve("vay.spoor");
        Path seized = Files.createDirectories(temp.resolve("seized"));
        try (InputStream in = MapPlacesHotspotsCommandTest.class
                .getResourceAsStream("/org/spoor/app/demo/training/kho-vinh.jpg")) {
            Files.copy(in, seized.resolve("kho-vinh.jpg"));
        }
        Files.writeString(seized.resolve("ghi-chu.txt"), "Xe chờ ở cửa khẩu Cầu Treo lúc 22h.",
                StandardCharsets.UTF_8);
        assertThat(CLI.run("case", "create", caseDir.toString(), "--title", "Operation Vảy", "--country", "VN"))
                .isZero();
        assertThat(CLI.run("import", caseDir.toString(), seized.toString(), "--seized-at",
                "Kho hàng, TP Vinh, Nghệ An")).as(CLI.err).isZero();
    }

    @Test
    @Order(1)
    void placesAreListedWithKeySnippetCandidateAndConfidence() throws Exception {
        assertThat(CLI.run("map", caseDir.toString(), "--places", "--json")).as(CLI.err).isZero();
        JsonNode places = JSON.readTree(CLI.out).path("places");
        JsonNode gate = find(places, "Cầu Treo");
        assertThat(gate.path("snippet").asText()).contains("cửa khẩu Cầu Treo");
        assertThat(gate.path("place_kind").asText()).isEqualTo("border_gate");
        assertThat(gate.path("confidence").asDouble()).isBetween(0.35, 1.0);
        assertThat(gate.path("status").asText()).isEqualTo("suggested");
        assertThat(find(places, "Vinh").path("key").asText()).contains("/seizure#");
        assertThat(CLI.run("map", caseDir.toString(), "--places")).isZero();
        assertThat(CLI.out).contains("TO REVIEW", "\"Cầu Treo\"");
    }

    @Test
    @Order(2)
    void aRejectedSeizureSiteLeavesTheExportAndAConfirmedPlaceJoinsItAndBothAreAudited() throws Exception {
        assertThat(CLI.run("map", caseDir.toString(), "--places", "--json")).isZero();
        JsonNode places = JSON.readTree(CLI.out).path("places");
        String vinh = find(places, "Vinh").path("key").asText();
        String gate = find(places, "Cầu Treo").path("key").asText();
        assertThat(CLI.run("place", "reject", caseDir.toString(), vinh, "--reason", "warehouse is in Cửa Lò"))
                .as(CLI.err).isZero();
        assertThat(CLI.out).contains("Rejected", "Vinh");
        assertThat(CLI.run("place", "confirm", caseDir.toString(), gate, "--json")).as(CLI.err).isZero();
        assertThat(JSON.readTree(CLI.out).path("status").asText()).isEqualTo("confirmed");
        assertThat(JSON.readTree(CLI.out).path("decided_by").asText()).isEqualTo("tester");
        try (CaseFile opened = open()) {
            assertThat(opened.audit().newest(0, 2)).extracting(AuditEntry::action)
                    .containsExactly("place.confirmed", "place.rejected");
            assertThat(opened.audit().newest(0, 2).get(1).details()).contains("warehouse is in Cửa Lò");
        }
        Path out = temp.resolve("decided.geojson");
        assertThat(CLI.run("map", caseDir.toString(), "--out", out.toString())).as(CLI.err).isZero();
        String info = ogrinfo(out);
        assertThat(info).doesNotContain("kind (String) = seizure").contains("kind (String) = place")
                .contains("confirmed by tester");
    }

    @Test
    @Order(3)
    void anUnknownOrMalformedKeyIsRefused() {
        assertThat(CLI.run("place", "confirm", caseDir.toString(), "SPR-0009#1-4@city:VN:vinh")).isEqualTo(2);
        assertThat(CLI.err).contains("No place name with key");
        assertThat(CLI.run("place", "reject", caseDir.toString(), "vinh")).isEqualTo(1);
        assertThat(CLI.run("map", caseDir.toString())).isEqualTo(1);
    }

    @Test
    @Order(4)
    void hotspotsAreRankedAndAreasCountTheItemsInsideAndBothReachTheExport() throws Exception {
        try (CaseFile opened = open()) {
            AreaEdits.of(opened).create("Kho Vinh", "warehouse block",
                    "POLYGON ((105.67 18.67, 105.69 18.67, 105.69 18.69, 105.67 18.69, 105.67 18.67))");
        }
        assertThat(CLI.run("map", caseDir.toString(), "--hotspots", "--min-items", "1", "--areas", "--json"))
                .as(CLI.err).isZero();
        JsonNode doc = JSON.readTree(CLI.out);
        JsonNode first = doc.path("hotspots").get(0);
        assertThat(first.path("rank").asInt()).isEqualTo(1);
        assertThat(first.path("place").asText()).isNotBlank();
        assertThat(first.path("kinds").size()).isPositive();
        assertThat(doc.path("areas").get(0).path("name").asText()).isEqualTo("Kho Vinh");
        assertThat(doc.path("areas").get(0).path("points_inside").asInt()).isEqualTo(1);
        assertThat(CLI.run("map", caseDir.toString(), "--hotspots", "--min-items", "1")).isZero();
        assertThat(CLI.out).startsWith("#1 ");

        Path gpkg = temp.resolve("areas.gpkg");
        assertThat(CLI.run("map", caseDir.toString(), "--out", gpkg.toString(), "--hotspots", "--min-items", "1"))
                .as(CLI.err).isZero();
        String info = ogrinfo(gpkg);
        assertThat(info).contains("Layer name: areas", "name (String) = Kho Vinh", "kind (String) = hotspot",
                "points_inside (String) = 1");
    }

    private static JsonNode find(JsonNode places, String text) {
        for (JsonNode p : places) {
            if (p.path("text").asText().equals(text)) {
                return p;
            }
        }
        throw new AssertionError("no place " + text + " in " + places);
    }

    private static CaseFile open() throws Exception {
        CaseOptions options = new CaseOptions(Clock.fixed(Instant.parse("2026-03-14T05:40:00Z"), ZoneOffset.UTC),
                "tester", () -> KdfParameters.argon2id(8 * 1024, 1, 1), 2);
        return CaseFile.open(caseDir, "a long test passphrase".toCharArray(), options);
    }

    private static String ogrinfo(Path file) throws Exception {
        Process p = new ProcessBuilder("ogrinfo", "-al", "-ro", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
