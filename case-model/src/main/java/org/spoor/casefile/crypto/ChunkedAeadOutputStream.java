package org.spoor.casefile.crypto;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.Objects;

/**
 * Writes a chunked AEAD file (see {@link ChunkedAeadHeader}) in constant memory: one plaintext chunk and one
 * ciphertext chunk are buffered. A chunk is sealed only once the next byte arrives, because the last chunk must
 * carry the last-chunk flag in its nonce.
 *
 * <p>The identity (blob id, file name) may be given up front or bound later with {@link #bindIdentity(byte[])},
 * e.g. after the content's hash is known; {@link #finish()} fails if none was bound. The stream owns the channel.
 */
public final class ChunkedAeadOutputStream extends OutputStream {

    private final FileChannel channel;
    private final FileCipher cipher;
    private final byte[] plain;
    private final byte[] sealed;
    private int filled;
    private long chunkIndex;
    private long position = ChunkedAeadHeader.LENGTH;
    private long plaintextLength;
    private byte[] identity;
    private boolean finished;
    private boolean closed;

    /**
     * @param channel  a new, empty, writable channel (the stream writes at absolute positions and closes it)
     * @param key      master key of this kind of file (blob content key, index key); not kept after construction
     * @param identity the name the file is bound to, or null to bind it later
     */
    public ChunkedAeadOutputStream(FileChannel channel, SecretBytes key, int chunkSize, byte[] identity)
            throws IOException {
        this.channel = Objects.requireNonNull(channel, "channel");
        ChunkedAeadHeader header = ChunkedAeadHeader.fresh(chunkSize);
        this.cipher = new FileCipher(key, header);
        this.plain = new byte[chunkSize];
        this.sealed = new byte[chunkSize + ChunkLayout.TAG_LENGTH];
        this.identity = identity == null ? null : identity.clone();
        // The tag slot stays zero until finish(): an unfinished file never authenticates.
        writeFully(header.toBuffer(new byte[ChunkedAeadHeader.TAG_LENGTH]), 0);
    }

    /** Binds the file to its name; must happen before {@link #finish()}. */
    public void bindIdentity(byte[] id) {
        if (finished) {
            throw new IllegalStateException("file already finished");
        }
        this.identity = Objects.requireNonNull(id, "identity").clone();
    }

    /** Plaintext bytes written so far. */
    public long plaintextLength() {
        return plaintextLength;
    }

    @Override
    public void write(int b) throws IOException {
        ensureWritable();
        if (filled == plain.length) {
            sealChunk(false);
        }
        plain[filled++] = (byte) b;
        plaintextLength++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        ensureWritable();
        int o = off;
        int remaining = len;
        while (remaining > 0) {
            if (filled == plain.length) {
                sealChunk(false);
            }
            int n = Math.min(remaining, plain.length - filled);
            System.arraycopy(b, o, plain, filled, n);
            filled += n;
            o += n;
            remaining -= n;
        }
        plaintextLength += len;
    }

    /** Seals the last chunk and writes the identity tag; the channel stays open (e.g. for fsync). Idempotent. */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        ensureWritable();
        if (identity == null) {
            throw new IllegalStateException("no identity bound to the encrypted file");
        }
        sealChunk(true);
        writeFully(ByteBuffer.wrap(cipher.identityTag(identity)), ChunkedAeadHeader.TAG_OFFSET);
        finished = true;
        Arrays.fill(plain, (byte) 0);
    }

    /** fsyncs the written file (after {@link #finish()}). */
    public void sync() throws IOException {
        channel.force(true);
    }

    /** Finishes (if an identity is bound) and closes the channel. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            if (!finished && identity != null) {
                finish();
            }
        } finally {
            closed = true;
            Arrays.fill(plain, (byte) 0);
            cipher.close();
            channel.close();
        }
    }

    private void sealChunk(boolean last) throws IOException {
        int n = cipher.seal(chunkIndex, last, plain, filled, sealed);
        writeFully(ByteBuffer.wrap(sealed, 0, n), position);
        position += n;
        chunkIndex++;
        filled = 0;
    }

    private void writeFully(ByteBuffer buffer, long at) throws IOException {
        long pos = at;
        while (buffer.hasRemaining()) {
            pos += channel.write(buffer, pos);
        }
    }

    private void ensureWritable() throws IOException {
        if (closed || finished) {
            throw new IOException("encrypted file already " + (closed ? "closed" : "finished"));
        }
    }
}
