package org.spoor.search.store;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.store.BaseDirectoryTestCase;
import org.spoor.casefile.crypto.SecretBytes;

/**
 * Lucene's own conformance suite for Directory implementations (byte/short/int/long/string round trips, slices
 * of slices, seeks past EOF, renames, temp files, pending deletions, concurrent listAll, copyFrom, ...), run
 * against the encrypted directory. JUnit 4 (randomizedtesting), run through the vintage engine.
 */
public class EncryptedDirectoryConformanceTest extends BaseDirectoryTestCase {

    private final SecretBytes key = SecretBytes.random(32);

    @Override
    protected Directory getDirectory(Path path) throws IOException {
        return new EncryptedDirectory(path, key);
    }
}
