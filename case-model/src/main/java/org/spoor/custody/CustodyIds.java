package org.spoor.custody;

import java.util.concurrent.atomic.AtomicLong;

/** Hands out custody event ids; assigned before journaling so a replay reproduces the same rows. */
public final class CustodyIds {

    private final AtomicLong last;

    public CustodyIds(CustodyRepository repository) {
        this.last = new AtomicLong(repository.maxId());
    }

    public long next() {
        return last.incrementAndGet();
    }
}
