package org.spoor.casefile.blob;

import java.util.Objects;

/**
 * Outcome of re-reading one stored blob.
 *
 * @param blobId the blob checked
 * @param status what was found
 * @param reason why it is not OK (empty when OK), for the log and the verification report
 */
public record BlobCheck(String blobId, Status status, String reason) {

    public enum Status {
        /** Authenticated completely and hashes to the expected SHA-256. */
        OK,
        /** No file for this blob id. */
        MISSING,
        /** The file fails authentication: altered, truncated, extended, reordered or swapped. */
        CORRUPT,
        /** Authenticates, but its content does not hash to the SHA-256 the case recorded. */
        HASH_MISMATCH
    }

    public BlobCheck {
        Objects.requireNonNull(blobId, "blobId");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
    }

    public static BlobCheck ok(String blobId) {
        return new BlobCheck(blobId, Status.OK, "");
    }

    public boolean isOk() {
        return status == Status.OK;
    }
}
