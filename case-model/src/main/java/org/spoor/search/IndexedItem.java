package org.spoor.search;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One exhibit as the search index sees it.
 *
 * @param exhibitId the exhibit's id in the case; indexing the same id again replaces the item
 * @param fileName  the name shown in results (never null; empty if unknown)
 * @param mediaType detected media type, e.g. {@code application/pdf} (parameters are ignored)
 * @param text      extracted or OCR text; null or empty for items without text
 * @param language  detected language tag ({@code vi}, {@code id}, {@code es}, ...), or null
 * @param itemTime  when the item was written, sent or taken, or null if unknown
 * @param custodian from whom or where the item was seized, or null
 * @param kind      document, message, call, image, contact, ...
 * @param extra     further searchable metadata (sender, recipient, subject, ...); keys name the value
 */
public record IndexedItem(long exhibitId, String fileName, String mediaType, String text, String language,
                          Instant itemTime, String custodian, String kind, Map<String, String> extra) {

    public IndexedItem {
        fileName = Objects.requireNonNullElse(fileName, "");
        text = Objects.requireNonNullElse(text, "");
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }
}
