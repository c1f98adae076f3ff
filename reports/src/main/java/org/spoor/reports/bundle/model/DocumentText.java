package org.spoor.reports.bundle.model;

import java.util.Objects;

/** Extracted (or OCR'd) text of a document exhibit; paragraphs are separated by blank lines. */
public record DocumentText(String text) implements ExhibitContent {
    public DocumentText {
        Objects.requireNonNull(text, "text");
    }
}
