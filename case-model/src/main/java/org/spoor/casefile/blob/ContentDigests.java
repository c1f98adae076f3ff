package org.spoor.casefile.blob;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 (the case's identity of an original) and MD5 (what other forensic tools print) in one pass. */
final class ContentDigests {

    private final MessageDigest sha256 = digest("SHA-256");
    private final MessageDigest md5 = digest("MD5");
    private long size;
    private String sha256Hex;
    private String md5Hex;

    void update(byte[] b, int off, int len) {
        sha256.update(b, off, len);
        md5.update(b, off, len);
        size += len;
    }

    String sha256() {
        if (sha256Hex == null) {
            sha256Hex = HexFormat.of().formatHex(sha256.digest());
        }
        return sha256Hex;
    }

    String md5() {
        if (md5Hex == null) {
            md5Hex = HexFormat.of().formatHex(md5.digest());
        }
        return md5Hex;
    }

    long size() {
        return size;
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " unavailable", e);
        }
    }
}
