package org.spoor.app.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs view-model code on the FX thread (headless, no window) and waits for background work. */
public final class FxTestThread {

    private FxTestThread() {
    }

    public static void start() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    public static void run(Runnable action) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, action);
    }

    public static <T> T call(Callable<T> action) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, action);
    }

    /** Waits (on the FX thread's view of the state) until {@code condition} holds, at most 20 s. */
    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> call(condition::getAsBoolean));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
