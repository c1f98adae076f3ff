package org.spoor.casefile.blob;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.spoor.casefile.crypto.SecretBytes;

/**
 * Blob ids: HMAC-SHA256(blob-name key, SHA-256 of the content), hex. Content-addressed for deduplication, yet
 * without the key nobody can test whether a known file (a hash from a public set) is in the case.
 */
final class BlobNames {

    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");
    private static final HexFormat HEX = HexFormat.of();

    private final SecretBytes nameKey;

    BlobNames(SecretBytes nameKey) {
        this.nameKey = nameKey;
    }

    String blobIdFor(String sha256) {
        String normalized = sha256.toLowerCase(Locale.ROOT);
        if (!HEX_64.matcher(normalized).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(nameKey.bytes(), "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(HEX.parseHex(normalized)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** True for ids this store could have made; anything else never reaches the file system (no "../"). */
    static boolean isWellFormed(String blobId) {
        return blobId != null && HEX_64.matcher(blobId).matches();
    }

    static String requireWellFormed(String blobId) {
        if (!isWellFormed(blobId)) {
            throw new IllegalArgumentException("not a blob id: " + blobId);
        }
        return blobId;
    }

    /** Sharded by the first two hex digits so no folder holds more than ~1/256 of the case. */
    static Path pathOf(Path root, String blobId) {
        return root.resolve(blobId.substring(0, 2)).resolve(blobId);
    }
}
