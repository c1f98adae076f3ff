package org.spoor.casefile.blob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.spoor.casefile.crypto.SecretBytes;

/** Builds small stores with a 4 KiB chunk so chunk-boundary cases stay cheap. */
final class BlobStoreFixture {

    static final int CHUNK = 4096;

    private BlobStoreFixture() {
    }

    static EncryptedBlobStore newStore(Path dir) {
        try (SecretBytes name = SecretBytes.random(32); SecretBytes content = SecretBytes.random(32)) {
            return new EncryptedBlobStore(dir, name, content, CHUNK);
        }
    }

    static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    static StoredBlob store(BlobStore store, byte[] content) throws IOException {
        return store.store(new ByteArrayInputStream(content));
    }

    static byte[] read(BlobStore store, String blobId) throws IOException {
        try (InputStream in = store.open(blobId)) {
            return in.readAllBytes();
        }
    }

    static String hex(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path fileOf(Path dir, String blobId) {
        return dir.resolve(blobId.substring(0, 2)).resolve(blobId);
    }

    static List<Path> allFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toList());
        }
    }

    /** Offset of chunk {@code index} in a stored file (80-byte header, chunks of CHUNK + 16-byte tag). */
    static int chunkOffset(int index) {
        return 80 + index * (CHUNK + 16);
    }
}
