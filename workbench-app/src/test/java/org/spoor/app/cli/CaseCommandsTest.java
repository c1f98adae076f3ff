package org.spoor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.spoor.app.demo.phones.TrainingPhones;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of ARCHITECTURE.md: names, options, exit codes and --json shapes. */
class CaseCommandsTest {

    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();

    private Path createdCase() {
        Path dir = temp.resolve("vay.spoor");
        assertThat(cli.run("case", "create", dir.toString(), "--title", "Operation Vảy", "--country", "VN",
                "--investigator", "Nguyễn Thị Lan")).isZero();
        return dir;
    }

    @Test
    void createThenInfoPrintsOneJsonDocumentWithTheCaseAndItsCounts() throws Exception {
        Path dir = createdCase();
        assertThat(cli.run("case", "info", dir.toString(), "--json")).isZero();
        JsonNode info = new ObjectMapper().readTree(cli.out);
        assertThat(info.path("title").asText()).isEqualTo("Operation Vảy");
        assertThat(info.path("investigator").asText()).isEqualTo("Nguyễn Thị Lan");
        assertThat(info.path("exhibits").asInt()).isZero();
        assertThat(info.path("auditEntries").asInt()).isEqualTo(1);
        assertThat(info.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(info.path("kdf").path("algorithm").asText()).isEqualTo("argon2id");
    }

    @Test
    void wrongPasswordExitsThreeWithAClearMessage() {
        Path dir = createdCase();
        cli.environment.put("SPOOR_PASSWORD", "not it");
        assertThat(cli.run("case", "info", dir.toString())).isEqualTo(3);
        assertThat(cli.err).contains("Wrong password");
    }

    @Test
    void aFolderThatIsNotACaseExitsThree() {
        assertThat(cli.run("case", "verify", temp.toString())).isEqualTo(3);
        assertThat(cli.err).contains("is not a Spoor case");
    }

    @Test
    void importingAUfdrSaysHowManyMessageAttachmentsFoundTheExhibitHoldingTheirFile() throws Exception {
        Path dir = createdCase();
        Path ufdr = temp.resolve("dien-thoai-hung.ufdr");
        TrainingPhones.write("dien-thoai-hung.ufdr", ufdr);

        assertThat(cli.run("import", dir.toString(), ufdr.toString(), "--json")).as(cli.err).isZero();
        JsonNode imported = new ObjectMapper().readTree(cli.out);
        assertThat(imported.path("attachmentsLinked").asInt()).isEqualTo(1);
        assertThat(imported.path("attachmentsUnlinked").asInt()).isZero();
        assertThat(cli.run("import", dir.toString(), ufdr.toString())).isZero();
        assertThat(cli.out).doesNotContain("attachments"); // resumed: nothing new to link, nothing said
    }

    @Test
    void importThenVerifyExitsFourNamingTheAlteredOriginal() throws Exception {
        Path dir = createdCase();
        Path seized = Files.createDirectories(temp.resolve("seized"));
        Files.writeString(seized.resolve("ledger.txt"), "45 kg vảy tê tê qua Cầu Treo");
        assertThat(cli.run("import", dir.toString(), seized.toString(), "--custodian", "Lan", "--seal", "HT-01",
                "--seized-at", "Cầu Treo", "--json")).isZero();
        JsonNode imported = new ObjectMapper().readTree(cli.out);
        assertThat(imported.path("exhibitsAdded").asInt()).isEqualTo(1);
        assertThat(imported.path("errors")).isEmpty();
        assertThat(cli.run("search", dir.toString(), "vay te te", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(cli.out).path("hits").get(0).path("fileName").asText())
                .isEqualTo("ledger.txt");
        assertThat(cli.run("case", "verify", dir.toString(), "--json")).isZero();

        try (Stream<Path> blobs = Files.walk(dir.resolve("blobs"))) {
            Path anyBlob = blobs.filter(Files::isRegularFile).findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(anyBlob);
            bytes[bytes.length - 20] ^= 0x40;
            Files.write(anyBlob, bytes);
        }
        assertThat(cli.run("case", "verify", dir.toString(), "--json")).isEqualTo(4);
        JsonNode report = new ObjectMapper().readTree(cli.out);
        assertThat(report.path("intact").asBoolean()).isFalse();
        assertThat(report.path("problems").get(0).path("subject").asText()).isEqualTo("SPR-0001 ledger.txt");
    }

    @Test
    void passwdTakesTheNewPasswordFromTheEnvironment() {
        Path dir = createdCase();
        cli.environment.put("SPOOR_NEW_PASSWORD", "the new passphrase");
        assertThat(cli.run("case", "passwd", dir.toString())).isZero();
        assertThat(cli.run("case", "info", dir.toString())).isEqualTo(3);
        cli.environment.put("SPOOR_PASSWORD", "the new passphrase");
        assertThat(cli.run("case", "info", dir.toString())).isZero();
    }

    @Test
    void usageErrorsExitOne() {
        assertThat(cli.run("case", "create", temp.resolve("x").toString())).isEqualTo(1); // no --title
        assertThat(cli.run("case", "create", temp.resolve("y").toString(), "--title", "T", "--country", "FR"))
                .isEqualTo(1);
        assertThat(cli.err).contains("Unknown country");
        assertThat(cli.run("no-such-command")).isEqualTo(1);
    }

    @Test
    void theDemoBuildsTheTrainingCaseAndPrintsItsPathAndPassword() throws Exception {
        assertThat(cli.run("demo", "--out", temp.toString(), "--json")).isZero();
        JsonNode demo = new ObjectMapper().readTree(cli.out);
        assertThat(Path.of(demo.path("case").asText())).exists();
        assertThat(demo.path("password").asText()).isEqualTo("a long test passphrase");
        assertThat(demo.path("exhibits").asInt()).isGreaterThanOrEqualTo(16); // with the email's attachment
        Path trainingCase = Path.of(demo.path("case").asText());
        // The scanned weighing slip is found only through OCR (Tesseract with Vietnamese, installed by .ci/run).
        assertThat(cli.run("search", trainingCase.toString(), "phiếu cân", "--json")).isZero();
        assertThat(cli.out).contains("phieu-can-hang-scan.jpg");
        assertThat(cli.run("search", trainingCase.toString(), "bang ke", "--json")).isZero();
        assertThat(cli.out).contains("bang-ke-hang.csv");
        assertThat(demo.path("outputs").path("signed bundle").asText()).endsWith("training-bundle.pdf");
        assertThat(Path.of(demo.path("outputs").path("case pack").asText())).exists();
        assertThat(Path.of(demo.path("outputs").path("map png").asText())).exists();
        // The driver's phone photos (one camera, three places, three days) make a route on the map.
        assertThat(Files.readString(Path.of(demo.path("outputs").path("map geojson").asText())))
                .contains("LineString").contains("Kho hàng gần ga Vinh"); // the area of interest
        theTrainingPhonesLandAsOneRecordOfCommunications(trainingCase);
        // The WhatsApp message that carried only a position shows it in the bundle's transcript.
        Process text = new ProcessBuilder("pdftotext", "-raw",
                demo.path("outputs").path("signed bundle").asText(), "-").redirectErrorStream(true).start();
        assertThat(new String(text.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("[shared location 18.19060, 104.96940, Lak Xao]").contains("Im lặng. Xoá hết tin nhắn đi.");
    }

    /** The generated Android extraction and UFDR: each message once, numbers joined across phone and paper. */
    private void theTrainingPhonesLandAsOneRecordOfCommunications(Path trainingCase) throws Exception {
        assertThat(cli.run("comms", trainingCase.toString(), "--json")).isZero();
        JsonNode comms = new ObjectMapper().readTree(cli.out);
        List<String> bodies = new ArrayList<>();
        comms.path("messages").forEach(m -> bodies.add(m.path("body").asText()));
        assertThat(bodies).containsOnlyOnce("Im lặng. Xoá hết tin nhắn đi.", "Ok anh. Hàng bao nhiêu kg?",
                "ເຄື່ອງພ້ອມແລ້ວ ຢູ່ລັກຊາວ. 12 ກະສອບ.");
        assertThat(comms.path("totals").path("calls").asInt()).isEqualTo(7);
        assertThat(cli.run("entities", trainingCase.toString(), "--type", "PHONE", "--json")).isZero();
        Map<String, Set<String>> filesByNumber = new HashMap<>();
        new ObjectMapper().readTree(cli.out).path("entities").forEach(e -> e.path("sources").forEach(source ->
                filesByNumber.computeIfAbsent(e.path("key").asText(), k -> new HashSet<>())
                        .add(source.path("fileName").asText())));
        // The consignee of the shipping manifest is Hùng's WhatsApp contact in the UFDR.
        assertThat(filesByNumber.get("+6281234567890")).contains("shipping-manifest.txt", "dien-thoai-hung.ufdr")
                .doesNotContain("report.xml"); // the UFDR's models are the source, not its XML read as text
        // The notebook's old 11-digit number, the SMS from it and the call from its 2018 form are one person.
        assertThat(filesByNumber.get("+84325557788")).contains("so-ghi-chep.csv", "mmssms.db", "contacts2.db");
        // The driver called Hùng; Hùng's own phone shows the same call: one number, two phones.
        assertThat(filesByNumber.get("+84912345678")).contains("contacts2.db", "dien-thoai-hung.ufdr");
        assertThat(filesByNumber.get("+84983111222")).contains("dien-thoai-hung.ufdr");
    }
}
