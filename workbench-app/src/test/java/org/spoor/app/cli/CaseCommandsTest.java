package org.spoor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
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
    void verifyExitsFourNamingTheAlteredOriginal() throws Exception {
        Path dir = createdCase();
        assertThat(cli.run("demo", "--out", temp.resolve("demo").toString())).isZero();
        Path demoCase = temp.resolve("demo/training-case.spoor");
        assertThat(cli.run("case", "verify", demoCase.toString(), "--json")).isZero();
        assertThat(new ObjectMapper().readTree(cli.out).path("intact").asBoolean()).isTrue();

        try (Stream<Path> blobs = Files.walk(demoCase.resolve("blobs"))) {
            Path anyBlob = blobs.filter(Files::isRegularFile).findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(anyBlob);
            bytes[bytes.length - 20] ^= 0x40;
            Files.write(anyBlob, bytes);
        }
        assertThat(cli.run("case", "verify", demoCase.toString(), "--json")).isEqualTo(4);
        JsonNode report = new ObjectMapper().readTree(cli.out);
        assertThat(report.path("intact").asBoolean()).isFalse();
        assertThat(report.path("problems").get(0).path("subject").asText()).startsWith("SPR-");
        assertThat(dir).exists();
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
        assertThat(demo.path("exhibits").asInt()).isGreaterThanOrEqualTo(8);
    }
}
