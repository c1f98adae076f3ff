package org.spoor.app.ui.importing;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.spoor.ingest.pipeline.ImportProgress;

/**
 * Carries an import's progress from its worker threads to the window. Updates come as fast as files are
 * done; only the latest is kept, and at most one hand-over to the FX thread is pending at a time, so a
 * folder of 100,000 small files cannot flood the event queue.
 */
final class ProgressRelay implements ImportProgress {

    /**
     * One progress report from the pipeline; {@code records} is how many records of {@code current} (a phone
     * database being read) are in, or -1 when it reports none.
     */
    record Step(int filesDone, int filesTotal, long bytesDone, long bytesTotal, String current, long records) {
    }

    private final Executor fxThread;
    private final Consumer<Step> show;
    private final AtomicReference<Step> latest = new AtomicReference<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    ProgressRelay(Executor fxThread, Consumer<Step> show) {
        this.fxThread = fxThread;
        this.show = show;
    }

    @Override
    public void update(int filesDone, int filesTotal, long bytesDone, long bytesTotal, String current) {
        hand(new Step(filesDone, filesTotal, bytesDone, bytesTotal, current, -1));
    }

    @Override
    public void records(String item, long written) {
        Step last = latest.get();
        hand(last == null ? new Step(0, 0, 0, 0, item, written)
                : new Step(last.filesDone(), last.filesTotal(), last.bytesDone(), last.bytesTotal(), item, written));
    }

    private void hand(Step next) {
        latest.set(next);
        if (pending.compareAndSet(false, true)) {
            fxThread.execute(() -> {
                pending.set(false);
                Step step = latest.get();
                if (step != null) {
                    show.accept(step);
                }
            });
        }
    }

    @Override
    public boolean cancelled() {
        return cancelled.get();
    }

    void cancel() {
        cancelled.set(true);
    }
}
