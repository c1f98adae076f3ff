package org.spoor.reports.pack;

import java.util.List;
import java.util.Objects;

/**
 * One disclosed exhibit as a pack lists it in {@code data/exhibits.json}: what a reviewer browses and
 * searches. Withheld exhibits are never listed.
 *
 * @param name the original's file name as seized (may be empty for an exhibit without an original)
 * @param seizureTime ISO-8601 with the local offset, or empty when unknown
 * @param kind what {@code text} holds: document, messages, calls, image (its EXIF) or none
 * @param text the disclosed text (extracted or OCR'd text, transcript, call log), redactions applied
 * @param originals the pack paths of this exhibit's originals ({@code data/originals/SPR-0001/...})
 */
public record PackExhibit(String ref, String name, String description, String source, String seizurePlace,
                          String seizureTime, String seal, String custodian, String sha256, String md5,
                          String mediaType, String kind, String text, List<String> originals) {
    public PackExhibit {
        Objects.requireNonNull(ref, "ref");
        name = orEmpty(name);
        description = orEmpty(description);
        source = orEmpty(source);
        seizurePlace = orEmpty(seizurePlace);
        seizureTime = orEmpty(seizureTime);
        seal = orEmpty(seal);
        custodian = orEmpty(custodian);
        sha256 = orEmpty(sha256);
        md5 = orEmpty(md5);
        mediaType = orEmpty(mediaType);
        kind = orEmpty(kind);
        text = orEmpty(text);
        originals = originals == null ? List.of() : List.copyOf(originals);
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
