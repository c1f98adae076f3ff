package org.spoor.search.store;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.lucene.store.OutputStreamIndexOutput;

/** An index file being written; tells the directory when it is finished so readers may open it. */
final class EncryptedIndexOutput extends OutputStreamIndexOutput {

    private static final int BUFFER_SIZE = 8192;

    private final Runnable onClose;
    private boolean closed;

    EncryptedIndexOutput(String resourceDescription, String name, OutputStream out, Runnable onClose) {
        super(resourceDescription, name, out, BUFFER_SIZE);
        this.onClose = onClose;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            super.close();
        } finally {
            onClose.run();
        }
    }
}
