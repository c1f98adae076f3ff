package org.spoor.casefile.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoor.casefile.crypto.ChunkedAeadFile;
import org.spoor.casefile.crypto.ChunkedAeadInputStream;
import org.spoor.casefile.crypto.ChunkedAeadOutputStream;
import org.spoor.casefile.crypto.IntegrityException;
import org.spoor.casefile.crypto.SecretBytes;

/**
 * The case's blob store: every file is a chunked AES-256-GCM file (see
 * {@link org.spoor.casefile.crypto.ChunkedAeadHeader}) named by its keyed blob id and bound to that id, under
 * {@code dir/ab/abcd...}. Writes go to {@code dir/incomplete/} first, are fsynced, then renamed into place, so a
 * crash leaves either the whole blob or a leftover that the next open removes. Safe for concurrent stores.
 */
public final class EncryptedBlobStore implements BlobStore {

    /** Plaintext bytes per chunk; see bench/crypto for the measurements behind 256 KiB. */
    public static final int DEFAULT_CHUNK_SIZE = 256 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(EncryptedBlobStore.class);
    private static final String INCOMPLETE = "incomplete";
    private static final int RANDOM_ACCESS_CACHED_CHUNKS = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;
    private final Path incomplete;
    private final SecretBytes nameKey;
    private final SecretBytes contentKey;
    private final BlobNames names;
    private final int chunkSize;
    private final ExecutorService md5Workers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "blob-store-md5");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Opens (creating if needed) the store in {@code dir} and removes leftovers of interrupted writes. The keys
     * are copied: the caller may close its own.
     */
    public EncryptedBlobStore(Path dir, SecretBytes blobNameKey, SecretBytes blobContentKey) {
        this(dir, blobNameKey, blobContentKey, DEFAULT_CHUNK_SIZE);
    }

    public EncryptedBlobStore(Path dir, SecretBytes blobNameKey, SecretBytes blobContentKey, int chunkSize) {
        this.dir = dir;
        this.incomplete = dir.resolve(INCOMPLETE);
        this.nameKey = blobNameKey.copy();
        this.contentKey = blobContentKey.copy();
        this.names = new BlobNames(nameKey);
        this.chunkSize = chunkSize;
        try {
            Files.createDirectories(incomplete);
            removeIncompleteWrites();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open blob store " + dir, e);
        }
    }

    @Override
    public StoredBlob store(InputStream content) throws IOException {
        Path temp = newTempFile();
        try {
            ContentDigests digests = new ContentDigests(md5Workers);
            String blobId;
            try (ChunkedAeadOutputStream out = new ChunkedAeadOutputStream(
                    FileChannel.open(temp, StandardOpenOption.WRITE), contentKey, chunkSize, null)) {
                // Two buffers alternate: MD5 of one runs on a worker while the next is read (ContentDigests).
                byte[][] buffers = {new byte[chunkSize], new byte[chunkSize]};
                int turn = 0;
                int n;
                while ((n = content.readNBytes(buffers[turn], 0, chunkSize)) > 0) {
                    digests.update(buffers[turn], 0, n);
                    out.write(buffers[turn], 0, n);
                    turn ^= 1;
                }
                blobId = names.blobIdFor(digests.sha256());
                out.bindIdentity(identity(blobId));
                out.finish();
                out.sync();
            } catch (IOException | RuntimeException e) {
                digests.abandon();
                throw e;
            }
            String md5 = digests.md5();
            boolean present = moveIntoPlace(temp, blobId);
            return new StoredBlob(blobId, digests.sha256(), md5, digests.size(), present);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Synchronized because two workers storing the same content at once would both see no target and both
     * rename (rename replaces), each reporting the content as new: the import's duplicate count would be
     * wrong. The case's file lock already makes this process the only writer.
     */
    private synchronized boolean moveIntoPlace(Path temp, String blobId) throws IOException {
        Path target = BlobNames.pathOf(dir, blobId);
        if (Files.exists(target)) {
            return true;
        }
        Path shard = target.getParent();
        if (!Files.isDirectory(shard)) {
            Files.createDirectories(shard);
            DurableFiles.syncDirectory(dir);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        DurableFiles.syncDirectory(shard);
        return false;
    }

    @Override
    public InputStream open(String blobId) throws IOException {
        Path file = BlobNames.pathOf(dir, BlobNames.requireWellFormed(blobId));
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no stored blob " + blobId);
        }
        try {
            return new BlobInputStream(blobId, ChunkedAeadInputStream.open(channel, contentKey, identity(blobId)));
        } catch (IntegrityException e) {
            throw new BlobIntegrityException(blobId, e.getMessage(), e);
        }
    }

    /**
     * Random access to a blob's plaintext (a viewer paging through a large PDF or image). Header, identity and
     * length are checked here; each chunk when first read, failures then surfacing as
     * {@link IntegrityException}. The caller closes the file.
     */
    public ChunkedAeadFile openRandomAccess(String blobId) throws IOException {
        Path file = BlobNames.pathOf(dir, BlobNames.requireWellFormed(blobId));
        try {
            return ChunkedAeadFile.open(FileChannel.open(file, StandardOpenOption.READ), contentKey,
                    identity(blobId), RANDOM_ACCESS_CACHED_CHUNKS);
        } catch (IntegrityException e) {
            throw new BlobIntegrityException(blobId, e.getMessage(), e);
        }
    }

    @Override
    public boolean contains(String blobId) {
        return BlobNames.isWellFormed(blobId) && Files.isRegularFile(BlobNames.pathOf(dir, blobId));
    }

    @Override
    public String blobIdFor(String sha256) {
        return names.blobIdFor(sha256);
    }

    @Override
    public BlobCheck verify(String blobId, String expectedSha256) {
        return new BlobVerifier(this).verify(blobId, expectedSha256);
    }

    @Override
    public Stream<String> blobIds() throws IOException {
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(dir, p -> p.getFileName().toString()
                .matches("[0-9a-f]{2}") && Files.isDirectory(p))) {
            for (Path shard : shards) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
                    for (Path file : files) {
                        String name = file.getFileName().toString();
                        if (BlobNames.isWellFormed(name) && name.startsWith(shard.getFileName().toString())) {
                            ids.add(name);
                        }
                    }
                }
            }
        }
        return ids.stream().sorted();
    }

    @Override
    public void removeIncompleteWrites() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(incomplete)) {
            for (Path leftover : leftovers) {
                LOG.info("Removing incomplete blob write {}", leftover.getFileName());
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** The folder the store lives in. */
    public Path directory() {
        return dir;
    }

    @Override
    public void close() {
        md5Workers.shutdown();
        nameKey.close();
        contentKey.close();
    }

    private Path newTempFile() throws IOException {
        byte[] random = new byte[16];
        while (true) {
            RANDOM.nextBytes(random);
            Path temp = incomplete.resolve(HexFormat.of().formatHex(random) + ".part");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                LOG.debug("Temp name collision, retrying: {}", temp);
            }
        }
    }

    private static byte[] identity(String blobId) {
        return ("blob/" + blobId).getBytes(StandardCharsets.US_ASCII);
    }
}
