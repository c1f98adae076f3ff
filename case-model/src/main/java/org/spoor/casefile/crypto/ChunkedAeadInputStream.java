package org.spoor.casefile.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.util.Objects;

/**
 * Sequential reader of a chunked AEAD file. Bytes come out only after their chunk authenticated; a truncated or
 * extended file fails at its (apparent) last chunk, so reaching end-of-stream means the whole file was intact.
 */
public final class ChunkedAeadInputStream extends InputStream {

    private final ChunkedAeadFile file;
    private long position;
    private long mark;
    private final byte[] one = new byte[1];

    public ChunkedAeadInputStream(ChunkedAeadFile file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** Opens {@code channel} (owned by the stream), checking header and identity right away. */
    public static ChunkedAeadInputStream open(FileChannel channel, SecretBytes key, byte[] identity)
            throws IOException {
        return new ChunkedAeadInputStream(ChunkedAeadFile.open(channel, key, identity, 1));
    }

    /** Plaintext length of the whole file. */
    public long length() {
        return file.length();
    }

    @Override
    public int read() throws IOException {
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        int n = file.read(position, b, off, len);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    /** Whole chunks at a time (InputStream's default moves 8 KiB per call; Files.copy uses it). */
    @Override
    public long transferTo(OutputStream out) throws IOException {
        byte[] buffer = new byte[file.layout().chunkSize()];
        long transferred = 0;
        int n;
        while ((n = read(buffer, 0, buffer.length)) > 0) {
            out.write(buffer, 0, n);
            transferred += n;
        }
        return transferred;
    }

    @Override
    public long skip(long n) {
        long skipped = Math.max(0, Math.min(n, file.length() - position));
        position += skipped;
        return skipped;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, file.length() - position);
    }

    @Override
    public boolean markSupported() {
        return true;
    }

    @Override
    public synchronized void mark(int readlimit) {
        mark = position;
    }

    @Override
    public synchronized void reset() {
        position = mark;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
