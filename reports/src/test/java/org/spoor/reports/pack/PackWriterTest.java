package org.spoor.reports.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.reports.sign.InvestigatorKey;
import org.spoor.reports.testing.SampleCase;
import org.spoor.reports.testing.Tools;

class PackWriterTest {

    @TempDir
    static Path dir;
    static InvestigatorKey key;
    static Path pack;
    static PackSummary summary;

    @BeforeAll
    static void writeTheSamplePack() throws Exception {
        key = PackFixture.key(dir);
        pack = dir.resolve("case.spoorpack");
        summary = new PackWriter().write(PackFixture.request(dir, key, null), pack);
    }

    @Test
    void aFreshPackVerifiesIntactAndNamesItsSigner() throws Exception {
        PackVerification result = new PackVerifier().verify(pack);

        assertThat(result.problems()).isEmpty();
        assertThat(result.signer()).hasValueSatisfying(s -> assertThat(s).contains("Lt. Phạm Thu"));
        assertThat(summary.payloadFiles()).isEqualTo(8);
        assertThat(summary.withheldOriginals()).isEqualTo(2);
    }

    @Test
    void anyUnzipToolOpensThePackAndSha256sumChecksEveryFileWithoutSpoor() throws Exception {
        Path out = Files.createDirectories(dir.resolve("unzipped"));
        Tools.Result unzip = Tools.run(out, "unzip", "-q", pack.toString());
        assertThat(unzip.exitCode()).as(unzip.out()).isZero();

        Tools.Result check = Tools.run(out, "sha256sum", "-c", "manifest-sha256.txt");
        Tools.Result tags = Tools.run(out, "sha256sum", "-c", "tagmanifest-sha256.txt");

        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).contains("data/bundle.pdf: OK").contains("data/originals/SPR-0005/hoa don ___.txt: OK");
        assertThat(check.out()).contains("data/exhibits.json: OK");
        assertThat(check.out().lines().filter(l -> l.endsWith(": OK")).count()).isEqualTo(8);
        assertThat(tags.exitCode()).as(tags.out()).isZero();
        assertThat(Files.readString(out.resolve("bagit.txt"))).startsWith("BagIt-Version: 1.0");
        assertThat(Files.readString(out.resolve("spoor-originals.tsv")))
                .contains("data/originals/SPR-0005/hoa don ___.txt\tSPR-0005\thoá đơn ຂາຍ.txt");
        assertThat(Files.readString(out.resolve("bag-info.txt"))).contains("Payload-Oxum: ")
                .contains("Spoor-Withheld-Originals: 2").contains("External-Identifier: VN-2024-0412");
    }

    @Test
    void opensslChecksTheManifestSignatureWithoutSpoor() throws Exception {
        Path out = Files.createDirectories(dir.resolve("openssl"));
        Tools.run(out, "unzip", "-q", pack.toString());

        Tools.Result verify = Tools.run(out, "openssl", "cms", "-verify", "-binary", "-inform", "DER",
                "-in", "manifest-sha256.txt.p7s", "-content", "manifest-sha256.txt", "-noverify", "-out", "/dev/null");

        assertThat(verify.exitCode()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("Verification successful");
    }

    @Test
    void withheldOriginalsAndTheirNamesAreNowhereInThePack() throws Exception {
        Path out = Files.createDirectories(dir.resolve("scan"));
        Tools.run(out, "unzip", "-q", pack.toString());
        List<byte[]> everything = new java.util.ArrayList<>();
        everything.add(Files.readAllBytes(pack));
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                everything.add(Files.readAllBytes(file));
                assertThat(file.toString()).doesNotContain(SampleCase.INFORMANT_REF).doesNotContain(SampleCase.SECRET_REF);
            }
        }
        String bundleText = Tools.pdftotext(out.resolve("data/bundle.pdf"));
        assertThat(out.resolve("data/exhibits.json")).exists();

        List<String> secrets = new java.util.ArrayList<>(List.of(SampleCase.INFORMANT_CANARY, SampleCase.SECRET_CANARY,
                SampleCase.INFORMANT_REF, SampleCase.SECRET_REF, "withheld original"));
        SampleCase.standard().exhibits().stream().filter(e -> !e.disclosable()).forEach(e -> {
            secrets.add(e.sha256());
            secrets.add(e.md5());
        });
        for (String secret : secrets) {
            assertThat(bundleText).doesNotContain(secret);
            for (byte[] bytes : everything) {
                assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                        .doesNotContain(new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
            }
        }
    }
}
