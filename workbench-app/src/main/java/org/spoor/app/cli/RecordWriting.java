package org.spoor.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Writes out, one by one, the records a repository hands to a consumer through its cursor (a phone's
 * million messages, an entity's sources): the consumer cannot throw the writer's IOException, so it is
 * carried through the cursor and thrown again here as it was.
 */
final class RecordWriting {

    private RecordWriting() {
    }

    /** Writes one record out; may fail doing so. */
    @FunctionalInterface
    interface Write<T> {
        void accept(T record) throws IOException;
    }

    /** Calls {@code write} for each record {@code source} hands over. */
    static <T> void each(Consumer<Consumer<T>> source, Write<T> write) throws IOException {
        try {
            source.accept(record -> {
                try {
                    write.accept(record);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
