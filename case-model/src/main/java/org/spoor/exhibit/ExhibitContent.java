package org.spoor.exhibit;

import java.time.Instant;

/**
 * What extraction found in an exhibit: its text, language, metadata (JSON) and photo facts, or the
 * named reason it could not be read (encrypted, corrupt, timeout...).
 */
public record ExhibitContent(long exhibitId, String text, String language, boolean ocrApplied, String problemKind,
                             String problemReason, String metadataJson, Double photoLatitude, Double photoLongitude,
                             Instant photoTakenAt, String photoOffset, String photoDevice) {

    public boolean hasProblem() {
        return problemKind != null;
    }
}
