package org.spoor.ingest.extract.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * How many bytes (and items) may still be written to scratch for the items inside one root file. A zip
 * bomb runs into this instead of filling the disk: never more than the configured maximum, nor more than
 * {@value #MAX_RATIO} times the root's own size (beyond a {@value #FLOOR_MIB} MiB floor, so small archives
 * of highly compressible text still open).
 */
final class EmbeddedBudget {

    static final int MAX_RATIO = 100;
    static final long FLOOR_MIB = 64;
    static final int MAX_ITEMS = 100_000;

    private final long limit;
    private long written;
    private int items;
    private boolean exhausted;

    EmbeddedBudget(long limit) {
        this.limit = limit;
    }

    static EmbeddedBudget forRoot(long rootSize, long configuredMax) {
        long byRatio = Math.max(FLOOR_MIB << 20, rootSize > Long.MAX_VALUE / MAX_RATIO ? Long.MAX_VALUE
                : rootSize * MAX_RATIO);
        return new EmbeddedBudget(Math.min(configuredMax, byRatio));
    }

    boolean exhausted() {
        return exhausted;
    }

    long limit() {
        return limit;
    }

    /** Counts bytes written by other means (a re-written OLE2 storage) against the budget. */
    void account(long bytes) throws BudgetExceededException {
        written += bytes;
        if (written > limit) {
            exhausted = true;
            throw new BudgetExceededException("embedded content exceeds " + (limit >> 20) + " MB");
        }
    }

    /** Copies an embedded item to {@code target}; on overrun deletes it and throws. */
    void copy(InputStream in, Path target) throws IOException {
        if (++items > MAX_ITEMS) {
            exhausted = true;
            throw new BudgetExceededException("more than " + MAX_ITEMS + " embedded items");
        }
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                written += read;
                if (written > limit) {
                    exhausted = true;
                    throw new BudgetExceededException("embedded content exceeds " + (limit >> 20) + " MB");
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }

    /** The embedded items of one root file outgrew the budget (possible zip bomb). */
    static final class BudgetExceededException extends IOException {
        private static final long serialVersionUID = 1L;

        BudgetExceededException(String message) {
            super(message);
        }
    }
}
