package org.spoor.casefile.blob;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Re-reads a blob end to end (authenticating every chunk) and compares its SHA-256 with the recorded one. */
final class BlobVerifier {

    private final BlobStore store;

    BlobVerifier(BlobStore store) {
        this.store = store;
    }

    BlobCheck verify(String blobId, String expectedSha256) {
        if (!BlobNames.isWellFormed(blobId)) {
            return new BlobCheck(String.valueOf(blobId), BlobCheck.Status.MISSING, "not a blob id");
        }
        if (!store.contains(blobId)) {
            return new BlobCheck(blobId, BlobCheck.Status.MISSING, "no stored file for this blob");
        }
        String expected = expectedSha256 == null ? "" : expectedSha256.toLowerCase(Locale.ROOT);
        String actual;
        try (InputStream in = store.open(blobId)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[256 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                sha.update(buffer, 0, n);
            }
            actual = HexFormat.of().formatHex(sha.digest());
        } catch (BlobIntegrityException e) {
            return new BlobCheck(blobId, BlobCheck.Status.CORRUPT, e.reason());
        } catch (NoSuchFileException e) {
            return new BlobCheck(blobId, BlobCheck.Status.MISSING, "no stored file for this blob");
        } catch (IOException e) {
            return new BlobCheck(blobId, BlobCheck.Status.CORRUPT, "unreadable: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
        if (!actual.equals(expected)) {
            return new BlobCheck(blobId, BlobCheck.Status.HASH_MISMATCH,
                    "content hashes to " + actual + ", case records " + expected);
        }
        if (!store.blobIdFor(actual).equals(blobId)) {
            return new BlobCheck(blobId, BlobCheck.Status.HASH_MISMATCH, "blob id does not match its content");
        }
        return BlobCheck.ok(blobId);
    }
}
