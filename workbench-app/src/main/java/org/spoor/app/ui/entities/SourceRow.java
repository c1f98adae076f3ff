package org.spoor.app.ui.entities;

/** One place an entity was found: the exhibit (ref and file), the row or text position, the words around it. */
public record SourceRow(long id, String ref, String fileName, String locator, String raw, String context) {
}
