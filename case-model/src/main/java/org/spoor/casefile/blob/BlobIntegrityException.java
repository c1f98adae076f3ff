package org.spoor.casefile.blob;

import java.io.IOException;

/** A stored blob failed authentication; names the blob so the exhibit can be named to the user. */
public final class BlobIntegrityException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Resource bundle key for the user-facing message; arguments: blob id, reason. */
    public static final String MESSAGE_KEY = "blob.integrity.failed";

    private final String blobId;
    private final String reason;

    public BlobIntegrityException(String blobId, String reason, Throwable cause) {
        super("stored blob " + blobId + " failed its integrity check: " + reason, cause);
        this.blobId = blobId;
        this.reason = reason;
    }

    public String blobId() {
        return blobId;
    }

    public String reason() {
        return reason;
    }

    public String messageKey() {
        return MESSAGE_KEY;
    }

    public Object[] messageArgs() {
        return new Object[] {blobId, reason};
    }
}
