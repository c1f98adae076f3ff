package org.spoor.comms;

/**
 * A file sent with a message. The extracted path is where the dump keeps the file; the import
 * pipeline links it to a child exhibit when the file is present.
 */
public record Attachment(String sourceLocator, String fileName, String mediaType, Long sizeBytes,
        String extractedPath, Long childExhibitId) {
}
