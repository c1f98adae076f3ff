package org.spoor.ingest.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.spoor.casefile.CaseFile;
import org.spoor.casefile.blob.StoredBlob;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.NewExhibit;
import org.spoor.exhibit.SeizureFacts;

/**
 * Stores an item's bytes bit-exact in the encrypted blob store (hashing them on the way in) and
 * registers it as an exhibit with its custody event, unless this import already registered it.
 */
final class ExhibitWriter {

    private final CaseFile caseFile;
    private final String importId;
    private final SeizureFacts seizure;

    ExhibitWriter(CaseFile caseFile, String importId, SeizureFacts seizure) {
        this.caseFile = caseFile;
        this.importId = importId;
        this.seizure = seizure;
    }

    /** The outcome: the exhibit, and whether its content was already in the case before this item. */
    record Written(Exhibit exhibit, boolean duplicateContent, boolean alreadyRegistered) {
    }

    Written write(Path bytes, Long parentId, String name, String originalPath, String mediaType) throws IOException {
        Optional<Exhibit> earlier = caseFile.exhibits().inImport(importId, parentId, originalPath);
        if (earlier.isPresent()) {
            return new Written(earlier.get(), false, true);
        }
        StoredBlob blob;
        try (InputStream in = Files.newInputStream(bytes)) {
            blob = caseFile.blobs().store(in);
        }
        String reason = parentId == null ? "imported from " + originalPath
                : "found inside " + Exhibit.refFor(parentId) + " as " + name;
        Exhibit exhibit = caseFile.registry().register(caseFile.actor(), new NewExhibit(parentId, importId, name,
                originalPath, blob.size(), blob.sha256(), blob.md5(), blob.blobId(), mediaType, seizure, null),
                reason);
        return new Written(exhibit, blob.alreadyPresent(), false);
    }
}
