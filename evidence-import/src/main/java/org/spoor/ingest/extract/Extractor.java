package org.spoor.ingest.extract;

import java.nio.file.Path;

/**
 * Text and metadata of seized files, read by Tika in a separate JVM so that a hostile or broken file can
 * hang, exhaust memory or crash only that process.
 *
 * <p>Threading: use <b>one Extractor per import worker thread</b>; each owns one parser JVM. Calls on one
 * instance are serialised (sharing one is safe, but not parallel).
 */
public interface Extractor extends AutoCloseable {

    /**
     * Extracts text + metadata of one file and everything embedded in it (archive entries, attachments,
     * embedded images), recursively. Embedded items' bytes are written under {@code scratchDir} with generated
     * names, never a path from the input, so entry names with {@code ../} or absolute paths cannot escape it.
     * Never throws for a bad file: a problem is reported in the result.
     *
     * @param file        the file to read (left untouched)
     * @param displayName the name to give the root item (usually the file name as seized)
     * @param scratchDir  folder for embedded items' bytes (created if missing); the caller wipes it
     */
    ExtractedItem extract(Path file, String displayName, Path scratchDir);

    /** Stops the parser JVM. */
    @Override
    void close();
}
