package org.spoor.casefile.blob;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.spoor.casefile.crypto.ChunkedAeadInputStream;
import org.spoor.casefile.crypto.IntegrityException;

/** Decrypted content of one blob; an authentication failure surfaces as a BlobIntegrityException naming it. */
final class BlobInputStream extends FilterInputStream {

    private final String blobId;

    BlobInputStream(String blobId, ChunkedAeadInputStream in) {
        super(in);
        this.blobId = blobId;
    }

    long length() {
        return ((ChunkedAeadInputStream) in).length();
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IntegrityException e) {
            throw new BlobIntegrityException(blobId, e.getMessage(), e);
        }
    }

    @Override
    public long transferTo(OutputStream out) throws IOException {
        try {
            return in.transferTo(out);
        } catch (IntegrityException e) {
            throw new BlobIntegrityException(blobId, e.getMessage(), e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return in.read(b, off, len);
        } catch (IntegrityException e) {
            throw new BlobIntegrityException(blobId, e.getMessage(), e);
        }
    }
}
