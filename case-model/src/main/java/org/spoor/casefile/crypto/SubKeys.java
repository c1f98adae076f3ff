package org.spoor.casefile.crypto;

import java.nio.charset.StandardCharsets;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * One data key, many independent keys: each use gets its own key via HKDF-SHA256 (RFC 5869), so a key leaked
 * from one place (say H2's file password) says nothing about the others.
 */
public final class SubKeys {

    public static final String H2_FILE = "h2-file";
    public static final String H2_USER = "h2-user";
    public static final String BLOB_NAME = "blob-name";
    public static final String BLOB_CONTENT = "blob-content";
    public static final String JOURNAL = "journal";
    public static final String INDEX = "index";
    public static final String BACKUP = "backup";

    private static final String INFO_PREFIX = "spoor/";

    private SubKeys() {
    }

    /** HKDF-SHA256 of {@code dataKey} with info {@code "spoor/" + purpose}. */
    public static SecretBytes derive(SecretBytes dataKey, String purpose, int length) {
        if (purpose == null || purpose.isEmpty()) {
            throw new IllegalArgumentException("purpose must be named");
        }
        return hkdf(dataKey.bytes(), null, (INFO_PREFIX + purpose).getBytes(StandardCharsets.UTF_8), length);
    }

    /** Plain HKDF-SHA256, for per-file keys. */
    static SecretBytes hkdf(byte[] inputKey, byte[] salt, byte[] info, int length) {
        if (length <= 0 || length > 255 * 32) {
            throw new IllegalArgumentException("HKDF-SHA256 output length out of range: " + length);
        }
        HKDFBytesGenerator generator = new HKDFBytesGenerator(new SHA256Digest());
        generator.init(new HKDFParameters(inputKey, salt, info));
        byte[] out = new byte[length];
        generator.generateBytes(out, 0, length);
        return SecretBytes.wrap(out);
    }
}
