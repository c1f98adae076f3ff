package org.spoor.reports.bundle.section;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.spoor.reports.bundle.model.ImageContent;

/**
 * Decodes and scales the next few exhibit photos on worker threads while the page before them is
 * laid out (decoding a camera JPEG costs more than laying out its page). At most {@link #AHEAD}
 * scaled pictures wait in memory. Pictures are taken in the order they were listed.
 */
final class PicturePrefetch implements AutoCloseable {

    private static final int AHEAD = 6;

    private final List<ImageContent> images;
    private final List<Future<byte[]>> pending = new ArrayList<>();
    private final ExecutorService workers;
    private int submitted;
    private int taken;

    PicturePrefetch(List<ImageContent> images) {
        this.images = List.copyOf(images);
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        this.workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bundle-picture");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The scaled bytes of the next picture in list order. */
    byte[] next() {
        while (submitted < images.size() && submitted < taken + AHEAD) {
            byte[] original = images.get(submitted++).bytes();
            pending.add(workers.submit(() -> ExhibitPicture.reduced(original)));
        }
        Future<byte[]> future = pending.set(taken++, null);
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing an exhibit picture", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("exhibit picture could not be prepared", e.getCause());
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
