package org.spoor.casefile.crypto;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Objects;

/**
 * Random-access reader of a chunked AEAD file, in plaintext coordinates. Every chunk is authenticated before any
 * byte of it is returned; a few decrypted chunks are cached so that small reads (Lucene reads 1 KiB at a time)
 * do not decrypt a whole chunk each. Thread-safe: Lucene shares one file between clones used by many threads.
 * The identity tag is checked on open, so a file moved to another name is refused at once.
 */
public final class ChunkedAeadFile implements Closeable {

    private final FileChannel channel;
    private final FileCipher cipher;
    private final ChunkLayout layout;
    private final ChunkCache cache;
    private byte[] sealed;
    private boolean closed;

    private ChunkedAeadFile(FileChannel channel, FileCipher cipher, ChunkLayout layout, int cacheChunks) {
        this.channel = channel;
        this.cipher = cipher;
        this.layout = layout;
        this.cache = new ChunkCache(cacheChunks, layout.chunkSize());
    }

    /**
     * Opens {@code channel} (which the returned reader owns and closes), checking header and identity.
     *
     * @param cacheChunks how many decrypted chunks to keep (1 for sequential reading)
     * @throws IntegrityException if the header is damaged, the file belongs to another identity or key, or its
     *                            length cannot be that of a complete file
     */
    public static ChunkedAeadFile open(FileChannel channel, SecretBytes key, byte[] identity, int cacheChunks)
            throws IOException {
        Objects.requireNonNull(identity, "identity");
        boolean ok = false;
        try {
            ChunkedAeadHeader header = ChunkedAeadHeader.read(channel);
            FileCipher cipher = new FileCipher(key, header);
            cipher.checkIdentity(identity);
            ChunkLayout layout = ChunkLayout.ofFile(channel.size(), header.chunkSize());
            ChunkedAeadFile file = new ChunkedAeadFile(channel, cipher, layout, cacheChunks);
            if (layout.plaintextLength() == 0) {
                // No read will ever touch the single empty chunk: authenticate it now, or a file cut back to its
                // first chunk's tag would pass as empty.
                file.decrypt(0, new byte[0], 0);
            }
            ok = true;
            return file;
        } finally {
            if (!ok) {
                channel.close();
            }
        }
    }

    /**
     * Moves a finished file to a new identity (Lucene renames pending_segments_N to segments_N): checks the old
     * tag, writes the new one and fsyncs. The caller then renames the file itself.
     */
    public static void rebindIdentity(FileChannel channel, SecretBytes key, byte[] oldIdentity, byte[] newIdentity)
            throws IOException {
        ChunkedAeadHeader header = ChunkedAeadHeader.read(channel);
        try (FileCipher cipher = new FileCipher(key, header)) {
            cipher.checkIdentity(oldIdentity);
            ByteBuffer tag = ByteBuffer.wrap(cipher.identityTag(newIdentity));
            long pos = ChunkedAeadHeader.TAG_OFFSET;
            while (tag.hasRemaining()) {
                pos += channel.write(tag, pos);
            }
            channel.force(true);
        }
    }

    /** Plaintext length. */
    public long length() {
        return layout.plaintextLength();
    }

    public ChunkLayout layout() {
        return layout;
    }

    /**
     * Reads up to {@code len} plaintext bytes at {@code pos}; fewer only at the end of the file.
     *
     * @return bytes read, or -1 if {@code pos} is at or past the end
     */
    public synchronized int read(long pos, byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("encrypted file closed");
        }
        if (pos < 0) {
            throw new EOFException("negative position " + pos);
        }
        if (pos >= layout.plaintextLength()) {
            return len == 0 ? 0 : -1;
        }
        int done = 0;
        long p = pos;
        while (done < len && p < layout.plaintextLength()) {
            long index = p / layout.chunkSize();
            int within = (int) (p - index * layout.chunkSize());
            ChunkCache.Slot slot = cache.lookup(index);
            if (slot == null && within == 0 && len - done >= layout.plaintextLengthOf(index)) {
                // A whole chunk wanted (sequential reading with a large buffer): decrypt straight into it.
                int n = decrypt(index, b, off + done);
                done += n;
                p += n;
                continue;
            }
            if (slot == null) {
                slot = cache.claim(index);
                slot.length = decrypt(index, slot.data, 0);
            }
            int n = Math.min(len - done, slot.length - within);
            System.arraycopy(slot.data, within, b, off + done, n);
            done += n;
            p += n;
        }
        return done;
    }

    private int decrypt(long index, byte[] into, int intoOffset) throws IOException {
        int plainLength = layout.plaintextLengthOf(index);
        int sealedLength = plainLength + ChunkLayout.TAG_LENGTH;
        if (sealed == null) {
            sealed = new byte[layout.chunkSize() + ChunkLayout.TAG_LENGTH];
        }
        try {
            ChunkedAeadHeader.readFully(channel, ByteBuffer.wrap(sealed, 0, sealedLength),
                    layout.ciphertextOffset(index));
            return cipher.open(index, layout.isLast(index), sealed, sealedLength, into, intoOffset);
        } catch (IOException | RuntimeException e) {
            cache.invalidate(index);
            throw e;
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        cache.wipe();
        cipher.close();
        channel.close();
    }
}
