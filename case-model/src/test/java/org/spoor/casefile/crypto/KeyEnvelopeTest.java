package org.spoor.casefile.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class KeyEnvelopeTest {

    private static final KdfParameters FAST = KdfParameters.argon2id(1024, 1, 1);
    private static final byte[] HEADER = "spoor-case v1 header fields".getBytes(StandardCharsets.UTF_8);

    @Test
    void theRightPasswordUnwrapsTheSameDataKey() throws Exception {
        try (SecretBytes dataKey = SecretBytes.random(32);
             SecretBytes kek = PasswordKdf.deriveKeyEncryptionKey("correct horse".toCharArray(), FAST)) {
            byte[] wrapped = KeyEnvelope.wrap(kek, dataKey, HEADER);
            try (SecretBytes again = PasswordKdf.deriveKeyEncryptionKey("correct horse".toCharArray(), FAST);
                 SecretBytes unwrapped = KeyEnvelope.unwrap(again, wrapped, HEADER)) {
                assertThat(unwrapped.bytes()).isEqualTo(dataKey.bytes());
            }
            assertThat(wrapped).hasSize(12 + 32 + 16);
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithWrongKeyException() {
        try (SecretBytes dataKey = SecretBytes.random(32);
             SecretBytes kek = PasswordKdf.deriveKeyEncryptionKey("correct horse".toCharArray(), FAST);
             SecretBytes wrong = PasswordKdf.deriveKeyEncryptionKey("correct horsf".toCharArray(), FAST)) {
            byte[] wrapped = KeyEnvelope.wrap(kek, dataKey, HEADER);
            assertThatThrownBy(() -> KeyEnvelope.unwrap(wrong, wrapped, HEADER))
                    .isInstanceOf(WrongKeyException.class);
        }
    }

    @Test
    void aChangedHeaderFieldOrEnvelopeByteIsRefused() {
        try (SecretBytes dataKey = SecretBytes.random(32); SecretBytes kek = SecretBytes.random(32)) {
            byte[] wrapped = KeyEnvelope.wrap(kek, dataKey, HEADER);
            byte[] otherHeader = HEADER.clone();
            otherHeader[0] ^= 1;
            assertThatThrownBy(() -> KeyEnvelope.unwrap(kek, wrapped, otherHeader))
                    .isInstanceOf(WrongKeyException.class);
            for (int i = 0; i < wrapped.length; i += 7) {
                byte[] damaged = wrapped.clone();
                damaged[i] ^= 0x40;
                assertThatThrownBy(() -> KeyEnvelope.unwrap(kek, damaged, HEADER))
                        .isInstanceOf(WrongKeyException.class);
            }
            assertThatThrownBy(() -> KeyEnvelope.unwrap(kek, new byte[20], HEADER))
                    .isInstanceOf(WrongKeyException.class);
        }
    }

    @Test
    void twoWrapsOfOneKeyUseDifferentNonces() {
        try (SecretBytes dataKey = SecretBytes.random(32); SecretBytes kek = SecretBytes.random(32)) {
            assertThat(KeyEnvelope.wrap(kek, dataKey, HEADER)).isNotEqualTo(KeyEnvelope.wrap(kek, dataKey, HEADER));
        }
    }

    @Test
    void closingSecretBytesOverwritesThemWithZeros() {
        SecretBytes key = SecretBytes.random(32);
        byte[] live = key.bytes();
        key.close();
        assertThat(live).containsOnly(0);
        assertThatThrownBy(key::bytes).isInstanceOf(IllegalStateException.class);
        assertThat(key.toString()).doesNotContainPattern("[0-9a-f]{16}");
    }
}
