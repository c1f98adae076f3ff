package org.spoor.reports.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.reports.testing.Tools;

class PackEncryptionTest {

    static final char[] TRANSFER = "transfer password for the procuracy".toCharArray();

    @TempDir
    static Path dir;
    static Path pack;

    @BeforeAll
    static void writeAnEncryptedPack() throws Exception {
        pack = dir.resolve("case.spoorpack");
        new PackWriter().write(PackFixture.request(dir, PackFixture.key(dir), TRANSFER), pack);
    }

    @Test
    void theRightPasswordVerifiesTheEncryptedPack() throws Exception {
        assertThat(new PackVerifier().verify(pack, TRANSFER).problems()).isEmpty();
    }

    @Test
    void withoutOrWithAWrongPasswordThePackIsUnreadableNotTampered() throws Exception {
        assertThat(new PackVerifier().verify(pack).firstProblem().orElseThrow().kind())
                .isEqualTo(PackProblem.Kind.UNREADABLE);
        assertThat(new PackVerifier().verify(pack, "guess".toCharArray()).firstProblem().orElseThrow().kind())
                .isEqualTo(PackProblem.Kind.UNREADABLE);
    }

    @Test
    void aProsecutorCanDecryptThePackWithOpensslAloneAndUnzipIt() throws Exception {
        Path zip = dir.resolve("case.zip");
        Tools.Result decrypt = Tools.run(dir, "openssl", "enc", "-d", "-aes-256-cbc", "-pbkdf2", "-iter",
                Integer.toString(PackCipher.ITERATIONS), "-md", "sha256", "-in", pack.toString(), "-out",
                zip.toString(), "-pass", "pass:" + new String(TRANSFER));
        assertThat(decrypt.exitCode()).as(decrypt.out()).isZero();

        Tools.Result test = Tools.run(dir, "unzip", "-t", zip.toString());

        assertThat(test.exitCode()).as(test.out()).isZero();
        assertThat(test.out()).contains("data/bundle.pdf").contains("manifest-sha256.txt");
        assertThat(Files.readAllBytes(pack)).startsWith("Salted__".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
