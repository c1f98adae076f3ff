package org.spoor.reports.bundle.model;

import java.util.Objects;

/**
 * Text to remove from one exhibit before layout: every occurrence of {@code text} in the exhibit's
 * description, document text, transcript, call log and EXIF values is replaced by a visible
 * "[redacted]" marker. The removed text is never written to the PDF.
 */
public record Redaction(String exhibitRef, String text) {
    public Redaction {
        Objects.requireNonNull(exhibitRef, "exhibitRef");
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("a redaction needs the text to remove");
        }
    }
}
