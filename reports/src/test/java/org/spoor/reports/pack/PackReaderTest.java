package org.spoor.reports.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.reports.sign.InvestigatorKey;
import org.spoor.reports.testing.SampleCase;

class PackReaderTest {

    static final char[] TRANSFER = "chuyển giao 2024".toCharArray();
    static final String ORIGINAL = "data/originals/SPR-0003/WhatsApp_thread__suspect_s_phone.txt";

    @TempDir
    static Path dir;
    static Path pack;
    static Path encrypted;
    static InvestigatorKey key;

    @BeforeAll
    static void writeThePacks() throws Exception {
        key = PackFixture.key(dir);
        pack = dir.resolve("case.spoorpack");
        new PackWriter().write(PackFixture.request(dir, key, null), pack);
        encrypted = dir.resolve("encrypted.spoorpack");
        new PackWriter().write(PackFixture.request(dir, key, TRANSFER), encrypted);
    }

    @Test
    void anIntactPackOpensWithItsSignerCaseAndDisclosedExhibits() throws Exception {
        try (OpenedPack opened = new PackReader().open(pack, null)) {
            assertThat(opened.signer()).contains("Lt. Phạm Thu");
            assertThat(opened.caseId()).isEqualTo("VN-2024-0412");
            assertThat(opened.caseInfo().title()).isEqualTo("Operation Vảy Bạc — pangolin scales, Nội Bài");
            assertThat(opened.hasExhibitIndex()).isTrue();
            assertThat(opened.withheldExhibits()).isEqualTo(2);
            assertThat(opened.exhibits()).extracting(PackExhibit::ref)
                    .containsExactly("SPR-0001", "SPR-0002", "SPR-0003", "SPR-0004", "SPR-0005", "SPR-0006");
            PackExhibit report = opened.exhibit("SPR-0001").orElseThrow();
            assertThat(report.text()).contains(SampleCase.VIETNAMESE).contains("[redacted]");
            assertThat(report.kind()).isEqualTo("document");
            assertThat(report.seizureTime()).isEqualTo("2024-03-05T09:15+07:00");
            assertThat(opened.exhibit("SPR-0003").orElseThrow().text()).contains("Còn hàng vảy tê tê không? 12 kg");
            assertThat(opened.exhibit("SPR-0005").orElseThrow().name()).isEqualTo("hoá đơn ຂາຍ.txt");
            assertThat(opened.manifestSha256()).hasSize(64);
        }
    }

    @Test
    void theBundleAndEachOriginalAreReadBitExactWithoutWritingAFile() throws Exception {
        List<Path> before = listing();
        try (OpenedPack opened = new PackReader().open(pack, null)) {
            PackExhibit thread = opened.exhibit("SPR-0003").orElseThrow();

            byte[] original = opened.original(thread.originals().get(0));
            byte[] pdf = opened.bundlePdf();

            assertThat(thread.originals()).containsExactly(ORIGINAL);
            assertThat(new String(original, StandardCharsets.UTF_8))
                    .isEqualTo("SPR-0003 original: WhatsApp thread, suspect's phone");
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        }
        assertThat(listing()).isEqualTo(before);
    }

    @Test
    void anAlteredPackIsRefusedNamingTheFirstAlteredFile() throws Exception {
        Path tampered = dir.resolve("changed.spoorpack");
        PackFixture.rewrite(pack, tampered, (name, bytes) -> name.equals(ORIGINAL)
                ? "doctored".getBytes(StandardCharsets.UTF_8) : bytes, null, null);

        assertThatThrownBy(() -> new PackReader().open(tampered, null))
                .isInstanceOfSatisfying(PackRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(PackRefusedException.Reason.TAMPERED);
                    assertThat(e.messageKey()).isEqualTo("pack.review.tampered");
                    assertThat(e.arguments())
                            .containsExactly("ALTERED", ORIGINAL, "SHA-256 differs from the manifest");
                });
    }

    @Test
    void anEditedExhibitIndexIsRefusedLikeAnyOtherFile() throws Exception {
        Path tampered = dir.resolve("index.spoorpack");
        PackFixture.rewrite(pack, tampered, (name, bytes) -> name.equals("data/exhibits.json")
                ? new String(bytes, StandardCharsets.UTF_8).replace("12 kg", "1 kg").getBytes(StandardCharsets.UTF_8)
                : bytes, null, null);

        assertThatThrownBy(() -> new PackReader().open(tampered, null))
                .isInstanceOfSatisfying(PackRefusedException.class,
                        e -> assertThat(e.arguments()).contains("data/exhibits.json"));
    }

    @Test
    void anOriginalSwappedOnDiskAfterOpeningIsRefusedNotShown() throws Exception {
        Path copy = dir.resolve("swapped.spoorpack");
        Files.copy(pack, copy, StandardCopyOption.REPLACE_EXISTING);
        try (OpenedPack opened = new PackReader().open(copy, null)) {
            Path doctored = dir.resolve("doctored.spoorpack");
            PackFixture.rewrite(pack, doctored, (name, bytes) -> name.equals(ORIGINAL)
                    ? "doctored".getBytes(StandardCharsets.UTF_8) : bytes, null, null);
            Files.copy(doctored, copy, StandardCopyOption.REPLACE_EXISTING);

            assertThatThrownBy(() -> opened.original(ORIGINAL)).isInstanceOfSatisfying(PackRefusedException.class,
                    e -> assertThat(e.arguments())
                            .containsExactly("ALTERED", ORIGINAL, "changed since the pack was opened"));
        }
    }

    @Test
    void anEncryptedPackAsksForItsPasswordAndOpensWithTheRightOne() throws Exception {
        assertThatThrownBy(() -> new PackReader().open(encrypted, null))
                .isInstanceOfSatisfying(PackRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PackRefusedException.Reason.PASSWORD_NEEDED));
        assertThatThrownBy(() -> new PackReader().open(encrypted, "sai mật khẩu".toCharArray()))
                .isInstanceOfSatisfying(PackRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(PackRefusedException.Reason.UNREADABLE));
        assertThat(PackReader.isEncrypted(encrypted)).isTrue();
        assertThat(PackReader.isEncrypted(pack)).isFalse();

        try (OpenedPack opened = new PackReader().open(encrypted, TRANSFER)) {
            assertThat(opened.exhibits()).hasSize(6);
            assertThat(new String(opened.original(ORIGINAL), StandardCharsets.UTF_8)).startsWith("SPR-0003 original");
        }
    }

    @Test
    void aPackWithoutAnExhibitIndexStillListsItsOriginals() throws Exception {
        Path old = dir.resolve("old.spoorpack");
        PackRequest request = PackFixture.request(dir, key, null);
        new PackWriter().write(new PackRequest(request.bundlePdf(), request.originals(), request.bagInfo(),
                request.signer(), null), old);

        try (OpenedPack opened = new PackReader().open(old, null)) {
            assertThat(opened.hasExhibitIndex()).isFalse();
            assertThat(opened.exhibits()).extracting(PackExhibit::ref).contains("SPR-0001", "SPR-0005");
            assertThat(opened.exhibit("SPR-0005").orElseThrow().name()).isEqualTo("hoá đơn ຂາຍ.txt");
        }
    }

    @Test
    void theExhibitIndexHoldsNoWithheldExhibitAndNoRedactedPassage() throws Exception {
        String index = new String(entry(pack, "data/exhibits.json"), StandardCharsets.UTF_8);

        assertThat(index).contains("SPR-0001").contains(SampleCase.VIETNAMESE);
        List<String> secrets = new ArrayList<>(List.of(SampleCase.INFORMANT_CANARY, SampleCase.SECRET_CANARY,
                SampleCase.INFORMANT_REF, SampleCase.SECRET_REF, SampleCase.REDACTED_CANARY, "WITHHELD"));
        SampleCase.standard().exhibits().stream().filter(e -> !e.disclosable()).forEach(e -> {
            secrets.add(e.sha256());
            secrets.add(e.md5());
        });
        for (String secret : secrets) {
            assertThat(index).doesNotContain(secret);
        }
    }

    private static byte[] entry(Path zipFile, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(zipFile), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name + " in " + zipFile);
    }

    private static List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.sorted().toList();
        }
    }
}
