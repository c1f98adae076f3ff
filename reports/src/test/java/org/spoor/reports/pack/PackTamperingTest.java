package org.spoor.reports.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackTamperingTest {

    static final String ORIGINAL = "data/originals/SPR-0003/WhatsApp_thread__suspect_s_phone.txt";

    @TempDir
    static Path dir;
    static Path pack;

    @BeforeAll
    static void writeTheSamplePack() throws Exception {
        pack = dir.resolve("case.spoorpack");
        new PackWriter().write(PackFixture.request(dir, PackFixture.key(dir), null), pack);
    }

    @Test
    void aChangedOriginalIsNamedAsAltered() throws Exception {
        Path tampered = dir.resolve("changed.spoorpack");
        PackFixture.rewrite(pack, tampered, (name, bytes) -> name.equals(ORIGINAL)
                ? "doctored".getBytes(StandardCharsets.UTF_8) : bytes, null, null);

        PackVerification result = new PackVerifier().verify(tampered);

        assertThat(result.intact()).isFalse();
        assertThat(result.firstProblem()).contains(new PackProblem(PackProblem.Kind.ALTERED, ORIGINAL,
                "SHA-256 differs from the manifest"));
    }

    @Test
    void aRemovedOriginalIsNamedAsMissing() throws Exception {
        Path tampered = dir.resolve("removed.spoorpack");
        PackFixture.rewrite(pack, tampered, (name, bytes) -> name.equals(ORIGINAL) ? null : bytes, null, null);

        PackVerification result = new PackVerifier().verify(tampered);

        assertThat(result.firstProblem()).hasValueSatisfying(p -> {
            assertThat(p.kind()).isEqualTo(PackProblem.Kind.MISSING);
            assertThat(p.path()).isEqualTo(ORIGINAL);
        });
    }

    @Test
    void anAddedFileIsNamedAsAdded() throws Exception {
        Path tampered = dir.resolve("added.spoorpack");
        PackFixture.rewrite(pack, tampered, (name, bytes) -> bytes, "data/originals/SPR-0003/planted.jpg",
                new byte[] {1, 2, 3});

        PackVerification result = new PackVerifier().verify(tampered);

        assertThat(result.firstProblem()).hasValueSatisfying(p -> {
            assertThat(p.kind()).isEqualTo(PackProblem.Kind.ADDED);
            assertThat(p.path()).isEqualTo("data/originals/SPR-0003/planted.jpg");
        });
    }

    @Test
    void aManifestRewrittenToMatchADoctoredFileFailsItsSignature() throws Exception {
        Path tampered = dir.resolve("forged.spoorpack");
        byte[] doctored = "doctored".getBytes(StandardCharsets.UTF_8);
        String forgedHash = org.spoor.reports.testing.SampleCase.hash("SHA-256", doctored);
        PackFixture.rewrite(pack, tampered, (name, bytes) -> {
            if (name.equals(ORIGINAL)) {
                return doctored;
            }
            if (name.equals("manifest-sha256.txt")) {
                return new String(bytes, StandardCharsets.UTF_8).lines()
                        .map(l -> l.endsWith(ORIGINAL) ? forgedHash + "  " + ORIGINAL : l)
                        .reduce("", (a, b) -> a + b + "\n").getBytes(StandardCharsets.UTF_8);
            }
            return bytes;
        }, null, null);

        PackVerification result = new PackVerifier().verify(tampered);

        assertThat(result.signer()).isEmpty();
        assertThat(result.problems()).extracting(PackProblem::path).contains("manifest-sha256.txt");
        assertThat(result.firstProblem().orElseThrow().kind()).isEqualTo(PackProblem.Kind.ALTERED);
    }

    @Test
    void aFileThatIsNotAPackIsUnreadable() throws Exception {
        Path notAPack = dir.resolve("notes.txt");
        java.nio.file.Files.writeString(notAPack, "hello");

        assertThat(new PackVerifier().verify(notAPack).firstProblem().orElseThrow().kind())
                .isEqualTo(PackProblem.Kind.UNREADABLE);
    }
}
