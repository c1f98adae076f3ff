package org.spoor.casefile.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class PasswordKdfTest {

    private static final byte[] SALT = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static byte[] derive(String password, int memoryKiB, int iterations, int parallelism, byte[] salt) {
        KdfParameters params = new KdfParameters(KdfParameters.ARGON2ID, memoryKiB, iterations, parallelism, salt);
        try (SecretBytes key = PasswordKdf.deriveKeyEncryptionKey(password.toCharArray(), params)) {
            return key.bytes().clone();
        }
    }

    @Test
    void theSameParametersDeriveTheSameKey() {
        assertThat(derive("tê tê", 1024, 2, 1, SALT)).hasSize(32).isEqualTo(derive("tê tê", 1024, 2, 1, SALT));
    }

    @Test
    void everyParameterChangesTheKey() {
        byte[] base = derive("pangolin", 1024, 2, 1, SALT);
        byte[] otherSalt = SALT.clone();
        otherSalt[15] ^= 1;
        assertThat(derive("pangolin", 2048, 2, 1, SALT)).isNotEqualTo(base);
        assertThat(derive("pangolin", 1024, 3, 1, SALT)).isNotEqualTo(base);
        assertThat(derive("pangolin", 1024, 2, 2, SALT)).isNotEqualTo(base);
        assertThat(derive("pangolin", 1024, 2, 1, otherSalt)).isNotEqualTo(base);
        assertThat(derive("pangolim", 1024, 2, 1, SALT)).isNotEqualTo(base);
    }

    @Test
    void matchesTheArgon2idReferenceForAKnownInput() {
        // Computed independently with the argon2 CLI (Debian argon2 0~20171227):
        // echo -n password | argon2 0123456789abcdef -id -m 10 -t 2 -p 1 -l 32 -r
        assertThat(java.util.HexFormat.of().formatHex(derive("password", 1024, 2, 1, SALT)))
                .isEqualTo(ARGON2_CLI_OUTPUT);
    }

    static final String ARGON2_CLI_OUTPUT = "fbb749b873e2a2f1da56305bbe809193f2cc30af6d2ef5fa09d69d9aa0a14d7b";

    @Test
    void composedAndDecomposedVietnameseDiacriticsOpenTheSameCase() {
        String composed = "v\u1ea3y t\u00ea t\u00ea";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(derive(decomposed, 1024, 1, 1, SALT)).isEqualTo(derive(composed, 1024, 1, 1, SALT));
    }

    @Test
    void absurdHeaderValuesAreRefused() {
        assertThatThrownBy(() -> new KdfParameters("argon2id", 4 * 1024 * 1024 + 1, 1, 1, SALT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("memory");
        assertThatThrownBy(() -> new KdfParameters("argon2id", 1024, 101, 1, SALT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iterations");
        assertThatThrownBy(() -> new KdfParameters("argon2id", 1024, 0, 1, SALT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iterations");
        assertThatThrownBy(() -> new KdfParameters("argon2id", 1024, 1, 1, new byte[15]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("salt");
        assertThatThrownBy(() -> new KdfParameters("scrypt", 1024, 1, 1, SALT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("algorithm");
        assertThatThrownBy(() -> new KdfParameters("argon2id", 1024, 1, 0, SALT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parallelism");
        assertThatThrownBy(() -> new KdfParameters("argon2id", 4, 1, 1, SALT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("memory");
    }

    @Test
    void freshParametersHaveARandomSixteenByteSaltAndCompareByValue() {
        KdfParameters a = KdfParameters.argon2id(1024, 1, 1);
        KdfParameters b = KdfParameters.argon2id(1024, 1, 1);
        assertThat(a.salt()).hasSize(16).isNotEqualTo(b.salt());
        assertThat(new KdfParameters("argon2id", 1024, 1, 1, a.salt())).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(a.validate()).isSameAs(a);
    }

    @Test
    void calibrationUsesAtLeast64MiB() {
        KdfParameters params = KdfParameters.calibrated(Duration.ofMillis(300));
        assertThat(params.memoryKiB()).isGreaterThanOrEqualTo(64 * 1024);
        assertThat(params.iterations()).isBetween(1, 100);
        assertThat(params.algorithm()).isEqualTo("argon2id");
    }
}
