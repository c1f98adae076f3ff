package org.spoor.reports.bundle;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Lets iText close "its" stream without closing the caller's. */
final class NonClosingOutputStream extends FilterOutputStream {

    NonClosingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
