package org.spoor.ingest.extract.worker;

import java.io.IOException;
import org.spoor.ingest.extract.WorkerFrame;

/** What one request shares across its items: frame ids, scratch files, the byte budget, out-of-memory. */
final class RequestScope {

    private final FrameSink sink;
    private final ScratchFiles scratch;
    private final EmbeddedBudget budget;
    private long nextId;
    private boolean outOfMemory;

    RequestScope(FrameSink sink, ScratchFiles scratch, EmbeddedBudget budget) {
        this.sink = sink;
        this.scratch = scratch;
        this.budget = budget;
    }

    long newId() {
        return nextId++;
    }

    void send(WorkerFrame frame) throws IOException {
        sink.send(frame);
    }

    ScratchFiles scratch() {
        return scratch;
    }

    EmbeddedBudget budget() {
        return budget;
    }

    void markOutOfMemory() {
        outOfMemory = true;
    }

    boolean outOfMemory() {
        return outOfMemory;
    }
}
