package org.spoor.comms;

/**
 * A file sent with a message. The extracted path is where the dump keeps the file; the import
 * pipeline links it to the exhibit holding those bytes ({@code childExhibitId}) once all items of the
 * import are in, matching the SHA-256 the report gives first, else the path. An attachment left
 * unlinked keeps its path and says why ({@code linkProblem}).
 */
public record Attachment(String sourceLocator, String fileName, String mediaType, Long sizeBytes,
        String extractedPath, Long childExhibitId, String sha256, String linkProblem) {

    /** An attachment as a parser reads it: no content hash from the source, not linked yet. */
    public Attachment(String sourceLocator, String fileName, String mediaType, Long sizeBytes,
            String extractedPath, Long childExhibitId) {
        this(sourceLocator, fileName, mediaType, sizeBytes, extractedPath, childExhibitId, null, null);
    }

    /** The same attachment with the SHA-256 its source report gives for the file (lower-case hex). */
    public Attachment withSha256(String hex) {
        return new Attachment(sourceLocator, fileName, mediaType, sizeBytes, extractedPath, childExhibitId,
                hex == null || hex.isBlank() ? null : hex.trim().toLowerCase(java.util.Locale.ROOT), linkProblem);
    }
}
