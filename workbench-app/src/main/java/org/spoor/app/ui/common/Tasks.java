package org.spoor.app.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

/**
 * The one way the window does slow work (case files, databases, parsers): the work runs as a JavaFX
 * {@link Task} on the executor the composition root injected; the handlers run on the FX thread.
 * A failure without its own handler, or a handler that throws, reaches the error dialog.
 *
 * <pre>{@code
 * tasks.background(() -> caseFile.audit().count())
 *      .onSuccess(count -> total.set(count))
 *      .andFinally(() -> busy.set(false))
 *      .start();
 * }</pre>
 */
public final class Tasks {

    private final Executor executor;
    private final ErrorDialogs errors;

    public Tasks(Executor executor, ErrorDialogs errors) {
        this.executor = executor;
        this.errors = errors;
    }

    public <T> Builder<T> background(Callable<T> work) {
        return new Builder<>(work);
    }

    /** Collects the handlers; nothing runs until {@link #start()}. */
    public final class Builder<T> {

        private final Callable<T> work;
        private Consumer<? super T> onSuccess = result -> { };
        private Consumer<Throwable> onError = failure -> errors.show(null, failure);
        private Runnable andFinally = () -> { };

        private Builder(Callable<T> work) {
            this.work = Objects.requireNonNull(work);
        }

        public Builder<T> onSuccess(Consumer<? super T> handler) {
            this.onSuccess = Objects.requireNonNull(handler);
            return this;
        }

        /** Replaces the default (the error dialog), e.g. to show a wrong password inside a dialog. */
        public Builder<T> onError(Consumer<Throwable> handler) {
            this.onError = Objects.requireNonNull(handler);
            return this;
        }

        /** Runs after success, failure or cancellation, on the FX thread. */
        public Builder<T> andFinally(Runnable handler) {
            this.andFinally = Objects.requireNonNull(handler);
            return this;
        }

        public Task<T> start() {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED,
                    event -> guarded(() -> onSuccess.accept(task.getValue()), true));
            task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED,
                    event -> guarded(() -> onError.accept(task.getException()), true));
            task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, event -> guarded(andFinally, false));
            executor.execute(task);
            return task;
        }

        private void guarded(Runnable handler, boolean thenFinally) {
            try {
                handler.run();
            } catch (RuntimeException bug) {
                errors.show(null, bug);
            } finally {
                if (thenFinally) {
                    runFinally();
                }
            }
        }

        private void runFinally() {
            try {
                andFinally.run();
            } catch (RuntimeException bug) {
                errors.show(null, bug);
            }
        }
    }
}
