package org.spoor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.app.bundle.BundleFixture;
import org.spoor.reports.sign.SelfSignedKeystore;

/** {@code spoor bundle}, {@code spoor pack export|verify} and {@code spoor exhibit mark}: options, exit codes, JSON. */
class BundleCommandsTest {

    @TempDir
    static Path temp;
    static BundleFixture.Built built;
    static Path keystore;

    private final CliRun cli = new CliRun();

    @BeforeAll
    static void fixtureCaseAndKey() throws Exception {
        built = BundleFixture.create(temp.resolve("vay.spoor"));
        keystore = temp.resolve("lan.p12");
        SelfSignedKeystore.create(keystore, "Nguyễn Thị Lan", "Hà Tĩnh", "store pass".toCharArray());
    }

    @Test
    void markingAnExhibitNotForDisclosureTakesItOutOfTheNextBundle() throws Exception {
        String phone = built.disclosed().get(2).ref();
        assertThat(cli.run("exhibit", "mark", built.dir().toString(), phone, "--disclosure", "NOT_FOR_DISCLOSURE",
                "--reason", "third-party privacy")).isZero();
        assertThat(cli.out).contains(phone).contains("NOT_FOR_DISCLOSURE");
        Path pdf = temp.resolve("marked.pdf");
        assertThat(cli.run("bundle", built.dir().toString(), "--out", pdf.toString(), "--json")).isZero();
        JsonNode doc = new ObjectMapper().readTree(cli.out);
        assertThat(doc.path("withheld").path("notForDisclosure").asInt()).isEqualTo(1);
        assertThat(doc.path("withheld").path("informant").asInt()).isEqualTo(2);
        assertThat(doc.path("exhibits").toString()).doesNotContain(phone);
        assertThat(doc.path("signed").asBoolean()).isFalse();
        assertThat(cli.run("exhibit", "mark", built.dir().toString(), phone, "--disclosure", "DISCLOSABLE",
                "--reason", "privacy review done")).isZero();
    }

    @Test
    void anUnknownExhibitOrAMissingReasonIsRefused() {
        assertThat(cli.run("exhibit", "mark", built.dir().toString(), "SPR-9999", "--disclosure", "INFORMANT",
                "--reason", "x")).isEqualTo(2);
        assertThat(cli.err).contains("SPR-9999");
        assertThat(cli.run("exhibit", "mark", built.dir().toString(), "SPR-0001", "--disclosure", "INFORMANT"))
                .isEqualTo(1);
    }

    @Test
    void aSignedPackVerifiesThenATamperedOneExitsFourNamingTheFile() throws Exception {
        cli.environment.put("SPOOR_KEYSTORE_PASSWORD", "store pass");
        Path pack = temp.resolve("vay.spoorpack");
        assertThat(cli.run("pack", "export", built.dir().toString(), "--out", pack.toString(), "--sign",
                keystore.toString())).isZero();
        assertThat(cli.run("pack", "verify", pack.toString(), "--json")).isZero();
        JsonNode verified = new ObjectMapper().readTree(cli.out);
        assertThat(verified.path("intact").asBoolean()).isTrue();
        assertThat(verified.path("signer").asText()).contains("Nguyễn Thị Lan");

        String packBytes = new String(Files.readAllBytes(pack), StandardCharsets.ISO_8859_1);
        assertThat(packBytes).doesNotContain(built.informant().sha256()).doesNotContain("XYZZY")
                .doesNotContain(built.informant().ref());
        String original = "data/originals/" + built.disclosed().get(0).ref() + "/bien-ban.txt";
        Path tampered = temp.resolve("tampered.spoorpack");
        rewrite(pack, tampered, original, "Biên bản đã bị sửa".getBytes(StandardCharsets.UTF_8));
        assertThat(cli.run("pack", "verify", tampered.toString())).isEqualTo(4);
        assertThat(cli.err).contains(original).contains("ALTERED");
    }

    @Test
    void anEncryptedPackNeedsItsTransferPasswordToVerify() throws Exception {
        cli.environment.put("SPOOR_PACK_PASSWORD", "transfer words");
        Path pack = temp.resolve("encrypted.spoorpack");
        assertThat(cli.run("pack", "export", built.dir().toString(), "--out", pack.toString(), "--encrypt")).isZero();
        assertThat(cli.err).contains("one-time key");
        assertThat(cli.run("pack", "verify", pack.toString())).isZero();
        cli.environment.remove("SPOOR_PACK_PASSWORD");
        assertThat(cli.run("pack", "verify", pack.toString())).isEqualTo(4);
    }

    /** Copies a pack's zip, replacing one entry's bytes. */
    private static void rewrite(Path pack, Path target, String entryName, byte[] replacement) throws Exception {
        try (ZipFile zip = new ZipFile(pack.toFile()); OutputStream file = Files.newOutputStream(target);
             ZipOutputStream out = new ZipOutputStream(file)) {
            boolean found = false;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(entryName)) {
                    out.write(replacement);
                    found = true;
                } else {
                    try (InputStream in = zip.getInputStream(entry)) {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        in.transferTo(bytes);
                        out.write(bytes.toByteArray());
                    }
                }
                out.closeEntry();
            }
            assertThat(found).as("entry " + entryName + " in the pack").isTrue();
        }
    }
}
