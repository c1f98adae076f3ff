package org.spoor.ingest.extract.worker;

import java.io.IOException;
import org.spoor.ingest.extract.WorkerFrame;

/** Where the worker sends its frames (the parent's channel, or a list in tests). */
@FunctionalInterface
interface FrameSink {
    void send(WorkerFrame frame) throws IOException;
}
