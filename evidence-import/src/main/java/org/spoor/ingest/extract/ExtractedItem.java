package org.spoor.ingest.extract;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One file, or one thing found inside it, with what could be read from it. Items form a tree: archive
 * entries, attachments and embedded images are {@link #embedded()} children of the item they were found in.
 *
 * @param name       the display name for the root; for an embedded item the entry path or attachment name as the
 *                   container gives it. Only a label: it may contain {@code ../} or be absolute, never use it as a path
 * @param bytes      where the item's exact bytes are: the input file for the root, a file under the scratch folder
 *                   for an embedded item. Null only for an embedded item whose bytes could not be kept (problem
 *                   {@code TOO_LARGE} when the embedded-bytes budget ran out, or the worker died while writing it)
 * @param mediaType  detected by content, without parameters ("application/pdf")
 * @param text       extracted text, never null; at most {@link ExtractionSettings#maxTextChars()} characters
 *                   (metadata {@code spoor:text-truncated=true} says when it was cut); control characters removed
 * @param language   ISO 639-1 code ("vi", "lo", "mn"), or null when the text is too short or unclear
 * @param metadata   Tika's metadata, values cleaned of control characters
 * @param photo      EXIF facts, or null when the item has none
 * @param ocrApplied Tesseract was run on it: an image, or image-only pages of a PDF (its text may still be empty)
 * @param embedded   items found inside this one, in the order the parser met them
 * @param problem    null when extraction went fine; otherwise what went wrong (text may still be partial)
 */
public record ExtractedItem(String name, Path bytes, String mediaType, String text, String language,
                            Map<String, List<String>> metadata, PhotoFacts photo, boolean ocrApplied,
                            List<ExtractedItem> embedded, ExtractionProblem problem) {

    public ExtractedItem {
        Objects.requireNonNull(name, "name");
        mediaType = mediaType == null ? "application/octet-stream" : mediaType;
        text = text == null ? "" : text;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (metadata != null) {
            metadata.forEach((key, values) -> copy.put(key, List.copyOf(values)));
        }
        metadata = java.util.Collections.unmodifiableMap(copy);
        embedded = embedded == null ? List.of() : List.copyOf(embedded);
    }

    /** An item that could not be extracted at all: only its name, bytes and the reason. */
    public static ExtractedItem failed(String name, Path bytes, String mediaType, ExtractionProblem problem) {
        return new ExtractedItem(name, bytes, mediaType, "", null, Map.of(), null, false, List.of(), problem);
    }

    public boolean hasProblem() {
        return problem != null;
    }

    /** This item and every item inside it, depth first (parents before their children). */
    public List<ExtractedItem> flatten() {
        List<ExtractedItem> all = new java.util.ArrayList<>();
        collect(this, all);
        return all;
    }

    private static void collect(ExtractedItem item, List<ExtractedItem> into) {
        into.add(item);
        item.embedded().forEach(child -> collect(child, into));
    }

    /** The first value of a metadata key, or null. */
    public String metadataValue(String key) {
        List<String> values = metadata.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
