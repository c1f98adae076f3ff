package org.spoor.reports.bundle.model;

import java.util.Map;
import java.util.Objects;

/**
 * A photograph or scan: the image bytes (PNG or JPEG) and its EXIF fields, in the order given.
 */
public record ImageContent(byte[] bytes, Map<String, String> exif) implements ExhibitContent {
    public ImageContent {
        Objects.requireNonNull(bytes, "bytes");
        exif = exif == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(exif));
    }
}
