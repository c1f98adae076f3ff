package org.spoor.exhibit;

import java.time.Instant;

/**
 * An item of evidence: a seized file, or an item embedded in one (archive entry, attachment), with its
 * stable reference ({@code SPR-0001}) used everywhere in the bundle.
 */
public record Exhibit(long id, String ref, Long parentId, String importId, String originalName, String originalPath,
                      long sizeBytes, String sha256, String md5, String blobId, String mediaType, String seizedPlace,
                      Instant seizedAt, String sealNo, String custodian, String description, Disclosure disclosure,
                      Instant enteredAt) {

    /** Stable exhibit references: SPR- and the id, zero-padded to four digits. */
    public static String refFor(long id) {
        return String.format("SPR-%04d", id);
    }
}
