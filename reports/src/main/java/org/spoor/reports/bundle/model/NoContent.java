package org.spoor.reports.bundle.model;

/** An exhibit listed by its index entry only (a physical item, an original kept elsewhere). */
public record NoContent(String note) implements ExhibitContent {
    public NoContent {
        note = note == null ? "" : note;
    }
}
