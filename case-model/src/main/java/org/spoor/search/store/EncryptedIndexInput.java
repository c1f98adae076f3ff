package org.spoor.search.store;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.BufferedIndexInput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.spoor.casefile.crypto.ChunkedAeadFile;
import org.spoor.casefile.crypto.IntegrityException;

/**
 * Reads one encrypted index file in plaintext coordinates. Clones and slices share the underlying
 * {@link ChunkedAeadFile} (thread-safe, with its chunk cache); only the original closes it, as Lucene expects.
 */
final class EncryptedIndexInput extends BufferedIndexInput {

    private final ChunkedAeadFile file;
    private final long offset;
    private final long end;
    private boolean isClone;

    EncryptedIndexInput(String resourceDescription, ChunkedAeadFile file, IOContext context) {
        this(resourceDescription, file, 0, file.length(), bufferSize(context));
    }

    private EncryptedIndexInput(String resourceDescription, ChunkedAeadFile file, long offset, long length,
                                int bufferSize) {
        super(resourceDescription, bufferSize);
        this.file = file;
        this.offset = offset;
        this.end = offset + length;
    }

    @Override
    protected void readInternal(ByteBuffer b) throws IOException {
        long position = getFilePointer() + offset;
        int len = b.remaining();
        if (position + len > end) {
            throw new EOFException("read past EOF: " + this);
        }
        byte[] target;
        int targetOffset;
        if (b.hasArray()) {
            target = b.array();
            targetOffset = b.arrayOffset() + b.position();
        } else {
            target = new byte[len];
            targetOffset = 0;
        }
        int done = 0;
        try {
            while (done < len) {
                int n = file.read(position + done, target, targetOffset + done, len - done);
                if (n <= 0) {
                    throw new EOFException("read past EOF: " + this);
                }
                done += n;
            }
        } catch (IntegrityException e) {
            throw new CorruptIndexException("encrypted index file failed authentication: " + e.getMessage(),
                    this, e);
        }
        if (b.hasArray()) {
            b.position(b.position() + len);
        } else {
            b.put(target, 0, len);
        }
    }

    @Override
    protected void seekInternal(long pos) throws IOException {
        if (pos > length()) {
            throw new EOFException("read past EOF: pos=" + pos + " vs length=" + length() + ": " + this);
        }
    }

    @Override
    public long length() {
        return end - offset;
    }

    @Override
    public EncryptedIndexInput clone() {
        EncryptedIndexInput clone = (EncryptedIndexInput) super.clone();
        clone.isClone = true;
        return clone;
    }

    @Override
    public IndexInput slice(String sliceDescription, long sliceOffset, long length) throws IOException {
        if (sliceOffset < 0 || length < 0 || sliceOffset + length > length()) {
            throw new IllegalArgumentException("slice() " + sliceDescription + " out of bounds: offset="
                    + sliceOffset + ",length=" + length + ",fileLength=" + length() + ": " + this);
        }
        EncryptedIndexInput slice = new EncryptedIndexInput(getFullSliceDescription(sliceDescription), file,
                offset + sliceOffset, length, getBufferSize());
        slice.isClone = true;
        return slice;
    }

    @Override
    public void close() throws IOException {
        if (!isClone) {
            file.close();
        }
    }
}
