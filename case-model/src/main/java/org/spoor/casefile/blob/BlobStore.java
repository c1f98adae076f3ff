package org.spoor.casefile.blob;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

/** Where originals and derived files are kept, bit-exact, content-addressed and deduplicated. */
public interface BlobStore extends AutoCloseable {

    /**
     * Streams content in constant memory: computes SHA-256, MD5 and size while encrypting to a temp file in the
     * store, fsyncs it, then atomically renames it to its final name. If the same content is already stored the
     * temp is deleted and {@code alreadyPresent} is true.
     */
    StoredBlob store(InputStream content) throws IOException;

    /**
     * A decrypting stream. Reads throw {@link BlobIntegrityException} when a chunk fails authentication, chunks
     * were reordered, truncated or extended, or the file is another blob's.
     */
    InputStream open(String blobId) throws IOException;

    boolean contains(String blobId);

    /** The blob id content with this SHA-256 (lowercase or uppercase hex) is or would be stored under. */
    String blobIdFor(String sha256);

    /** Re-reads, authenticates and re-hashes one blob. Never throws for a damaged blob: it says so. */
    BlobCheck verify(String blobId, String expectedSha256);

    /** Ids of every stored blob. */
    Stream<String> blobIds() throws IOException;

    /** Removes leftover temp files of an interrupted store. */
    void removeIncompleteWrites() throws IOException;

    /** Wipes the store's key copies. */
    @Override
    default void close() {
    }
}
