package org.spoor.reports.bundle.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One exhibit as the bundle shows it. {@code ref} is the stable reference ("SPR-0001") used
 * everywhere in the bundle; seizureTime may be null when unknown.
 */
public record ExhibitEntry(String ref, String description, String source, String seizurePlace,
                           OffsetDateTime seizureTime, String seal, String custodian, String sha256,
                           String md5, String mediaType, Disclosure disclosure, ExhibitContent content) {
    public ExhibitEntry {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(disclosure, "disclosure");
        description = description == null ? "" : description;
        source = source == null ? "" : source;
        seizurePlace = seizurePlace == null ? "" : seizurePlace;
        seal = seal == null ? "" : seal;
        custodian = custodian == null ? "" : custodian;
        sha256 = sha256 == null ? "" : sha256;
        md5 = md5 == null ? "" : md5;
        mediaType = mediaType == null ? "" : mediaType;
        content = content == null ? new NoContent("") : content;
    }

    public boolean disclosable() {
        return disclosure == Disclosure.DISCLOSABLE;
    }

    public ExhibitEntry withText(String newDescription, ExhibitContent newContent) {
        return new ExhibitEntry(ref, newDescription, source, seizurePlace, seizureTime, seal, custodian,
                sha256, md5, mediaType, disclosure, newContent);
    }
}
