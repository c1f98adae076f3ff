package org.spoor.search.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.NIOFSDirectory;
import org.spoor.casefile.crypto.ChunkLayout;
import org.spoor.casefile.crypto.ChunkedAeadFile;
import org.spoor.casefile.crypto.ChunkedAeadHeader;
import org.spoor.casefile.crypto.ChunkedAeadOutputStream;
import org.spoor.casefile.crypto.IntegrityException;
import org.spoor.casefile.crypto.SecretBytes;

/**
 * A Lucene {@link Directory} whose every file is a chunked AES-256-GCM file (see {@link ChunkedAeadHeader}), so
 * nothing of the index (terms, stored text, postings) is readable without the case key. Lucene writes each file
 * once, start to end, and then only reads it at random, which is exactly what the chunked format offers.
 *
 * <p>File names stay Lucene's own ({@code _3.cfs}, {@code segments_5}): they say how many segments and commits
 * the index has, nothing about its content, and keeping them lets Lucene's own listing, deletion and commit
 * logic work unchanged. Each file is bound to its name, so files swapped between names fail authentication
 * (Lucene's own checksums cover only accidents: an attacker can recompute them).
 *
 * <p>Listing, deleting, fsync, locking and renames go through a plain {@link FSDirectory} kept private, never
 * exposed for unwrapping: code that unwrapped it could write plaintext.
 */
public final class EncryptedDirectory extends Directory {

    /** 16 KiB: small enough that a term lookup decrypts little, large enough that the 16-byte tags cost 0.1%. */
    public static final int CHUNK_SIZE = 16 * 1024;
    /** Decrypted chunks cached per open file (allocated as used). */
    static final int CACHED_CHUNKS = 8;

    private final Path dir;
    private final FSDirectory files;
    private final SecretBytes key;
    private final AtomicLong tempCounter = new AtomicLong();
    private final Set<String> beingWritten = ConcurrentHashMap.newKeySet();
    private volatile boolean open = true;

    /** Opens (creating if needed) the index folder; {@code indexKey} is copied, the caller may close its own. */
    public EncryptedDirectory(Path dir, SecretBytes indexKey) throws IOException {
        this.files = new NIOFSDirectory(dir);
        this.dir = files.getDirectory();
        this.key = indexKey.copy();
    }

    @Override
    public String[] listAll() throws IOException {
        ensureOpen();
        return files.listAll();
    }

    @Override
    public void deleteFile(String name) throws IOException {
        ensureOpen();
        files.deleteFile(name);
    }

    @Override
    public long fileLength(String name) throws IOException {
        ensureOpen();
        try (FileChannel channel = FileChannel.open(dir.resolve(name), StandardOpenOption.READ)) {
            ChunkedAeadHeader header = ChunkedAeadHeader.read(channel);
            return ChunkLayout.ofFile(channel.size(), header.chunkSize()).plaintextLength();
        } catch (IntegrityException e) {
            throw new CorruptIndexException(e.getMessage(), dir.resolve(name).toString(), e);
        }
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        ensureOpen();
        Path path = dir.resolve(name);
        // Marked before the file exists, so no reader can see it half-written.
        boolean marked = beingWritten.add(name);
        FileChannel channel = null;
        OutputStream out;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            out = new ChunkedAeadOutputStream(channel, key, CHUNK_SIZE, identity(name));
        } catch (IOException | RuntimeException e) {
            if (marked) {
                beingWritten.remove(name);
            }
            if (channel != null) {
                channel.close();
            }
            throw e;
        }
        return new EncryptedIndexOutput("EncryptedIndexOutput(path=\"" + path + "\")", name, out,
                () -> beingWritten.remove(name));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        ensureOpen();
        while (true) {
            String name = getTempFileName(prefix, suffix, tempCounter.getAndIncrement());
            try {
                return createOutput(name, context);
            } catch (FileAlreadyExistsException e) {
                // left over from an earlier run: try the next counter value
            }
        }
    }

    @Override
    public void sync(Collection<String> names) throws IOException {
        ensureOpen();
        files.sync(names);
    }

    @Override
    public void syncMetaData() throws IOException {
        ensureOpen();
        files.syncMetaData();
    }

    /** Re-binds the file to its new name (a new 32-byte tag, fsynced), then renames it atomically. */
    @Override
    public void rename(String source, String dest) throws IOException {
        ensureOpen();
        try (FileChannel channel = FileChannel.open(dir.resolve(source), StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            ChunkedAeadFile.rebindIdentity(channel, key, identity(source), identity(dest));
        } catch (IntegrityException e) {
            throw new CorruptIndexException(e.getMessage(), dir.resolve(source).toString(), e);
        }
        files.rename(source, dest);
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
        ensureOpen();
        Path path = dir.resolve(name);
        String description = "EncryptedIndexInput(path=\"" + path + "\")";
        if (beingWritten.contains(name)) {
            // Its tag is written on close: until then it cannot authenticate (Lucene never reads such a file).
            throw new AccessDeniedException(path.toString(), null, "index file is still being written");
        }
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            return new EncryptedIndexInput(description,
                    ChunkedAeadFile.open(channel, key, identity(name), CACHED_CHUNKS), context);
        } catch (IntegrityException e) {
            throw new CorruptIndexException("encrypted index file failed authentication: " + e.getMessage(),
                    description, e);
        }
    }

    @Override
    public Lock obtainLock(String name) throws IOException {
        ensureOpen();
        return files.obtainLock(name);
    }

    @Override
    public Set<String> getPendingDeletions() throws IOException {
        return files.getPendingDeletions();
    }

    @Override
    public synchronized void close() throws IOException {
        if (!open) {
            return;
        }
        open = false;
        try {
            files.close();
        } finally {
            key.close();
        }
    }

    @Override
    protected void ensureOpen() {
        if (!open) {
            throw new AlreadyClosedException("this EncryptedDirectory is closed");
        }
    }

    @Override
    public String toString() {
        return "EncryptedDirectory@" + dir;
    }

    private static byte[] identity(String name) {
        return ("index/" + name).getBytes(StandardCharsets.UTF_8);
    }
}
