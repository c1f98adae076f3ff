package org.spoor.casefile.blob;

/**
 * What the blob store knows of content it just stored.
 *
 * @param blobId         keyed name of the stored file (HMAC of the SHA-256), safe to show and record
 * @param sha256         lowercase hex SHA-256 of the plaintext, as computed while storing
 * @param md5            lowercase hex MD5, for cross-checking other forensic tools' reports
 * @param size           plaintext size in bytes
 * @param alreadyPresent true if the same content was already stored (it was not written again)
 */
public record StoredBlob(String blobId, String sha256, String md5, long size, boolean alreadyPresent) {
}
