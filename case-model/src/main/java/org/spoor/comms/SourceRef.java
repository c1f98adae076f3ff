package org.spoor.comms;

import java.util.Objects;

/**
 * Where a normalised record came from: the exhibit (the stored file) and the row or element inside
 * it, e.g. {@code sms:_id=42}, {@code message:ROWID=7} or a UFED model id, so a bundle can cite it.
 */
public record SourceRef(long exhibitId, String locator) {

    public SourceRef {
        Objects.requireNonNull(locator, "locator");
    }

    public static SourceRef of(long exhibitId, String locator) {
        return new SourceRef(exhibitId, locator);
    }
}
