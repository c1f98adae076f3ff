package org.spoor.casefile.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class SubKeysTest {

    @Test
    void eachPurposeGetsItsOwnStableKey() {
        try (SecretBytes dataKey = SecretBytes.random(32)) {
            byte[] h2 = SubKeys.derive(dataKey, SubKeys.H2_FILE, 32).bytes();
            byte[] blobName = SubKeys.derive(dataKey, SubKeys.BLOB_NAME, 32).bytes();
            byte[] index = SubKeys.derive(dataKey, SubKeys.INDEX, 32).bytes();
            assertThat(h2).isNotEqualTo(blobName).isNotEqualTo(index).isNotEqualTo(dataKey.bytes());
            assertThat(SubKeys.derive(dataKey, SubKeys.H2_FILE, 32).bytes()).isEqualTo(h2);
            assertThat(SubKeys.derive(dataKey, SubKeys.H2_FILE, 16).bytes()).hasSize(16);
        }
    }

    @Test
    void isHkdfSha256WithTheSpoorInfoPrefix() throws Exception {
        byte[] ikm = new byte[32];
        for (int i = 0; i < ikm.length; i++) {
            ikm[i] = (byte) i;
        }
        // RFC 5869 with an all-zero salt, computed here with the JDK's HMAC as an independent implementation.
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(new byte[32], "HmacSHA256"));
        byte[] prk = mac.doFinal(ikm);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        mac.update("spoor/journal".getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) 1);
        byte[] okm = mac.doFinal();
        try (SecretBytes key = SubKeys.derive(SecretBytes.wrap(ikm), SubKeys.JOURNAL, 32)) {
            assertThat(HexFormat.of().formatHex(key.bytes())).isEqualTo(HexFormat.of().formatHex(okm));
        }
    }

    @Test
    void anUnnamedPurposeIsRefused() {
        try (SecretBytes dataKey = SecretBytes.random(32)) {
            assertThatThrownBy(() -> SubKeys.derive(dataKey, "", 32)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
