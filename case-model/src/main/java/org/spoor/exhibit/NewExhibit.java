package org.spoor.exhibit;

import java.time.Instant;

/** What an import knows about an item when it enters the case (the content is already in the blob store). */
public record NewExhibit(Long parentId, String importId, String originalName, String originalPath, long sizeBytes,
                         String sha256, String md5, String blobId, String mediaType, SeizureFacts seizure,
                         String description) {
}
