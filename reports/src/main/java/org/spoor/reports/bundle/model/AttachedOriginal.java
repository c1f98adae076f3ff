package org.spoor.reports.bundle.model;

import java.util.Objects;

/**
 * An exhibit's original file to embed in the bundle PDF itself (which makes the bundle PDF/A-3b,
 * the archival level that allows attachments). Withheld exhibits' originals are never attached.
 */
public record AttachedOriginal(String exhibitRef, String fileName, String mediaType, OriginalSource source) {
    public AttachedOriginal {
        Objects.requireNonNull(exhibitRef, "exhibitRef");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(source, "source");
        mediaType = mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType;
    }
}
