package org.spoor.ingest.extract;

import java.util.List;
import java.util.Map;

/**
 * What the parser worker tells the parent while it works on one request. Every frame counts as progress
 * for the per-item timeout.
 */
public sealed interface WorkerFrame {

    /** The worker has loaded Tika and waits for requests. */
    record Ready() implements WorkerFrame {
    }

    /** The worker starts on an item; {@code parentId} is -1 for the root. Its bytes are already written. */
    record Begin(long id, long parentId, String name, String bytesPath) implements WorkerFrame {
    }

    /** The worker finished an item (its embedded items were reported before this). */
    record Finished(long id, String mediaType, String text, String language, Map<String, List<String>> metadata,
                    PhotoFacts photo, boolean ocrApplied, ExtractionProblem problem) implements WorkerFrame {
    }

    /** The request is complete; {@code retiring}: the worker exits now (after an out-of-memory) to start clean. */
    record Done(boolean retiring) implements WorkerFrame {
    }
}
