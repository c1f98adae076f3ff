package org.spoor.app.ui;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.DialogStyler;
import org.spoor.app.ui.common.ErrorDialogs;
import org.spoor.app.ui.common.ErrorMessages;
import org.spoor.app.ui.common.Tasks;

/** The services view-models are built with, for tests without a window. Close it to stop its threads. */
public final class TestServices implements AutoCloseable {

    public final CurrentLanguage language;
    public final ErrorDialogs errors;
    public final Tasks tasks;
    private final ExecutorService executor = Executors.newCachedThreadPool();

    public TestServices(Locale locale) {
        this.language = new CurrentLanguage(locale);
        this.errors = new ErrorDialogs(new ErrorMessages(language), new DialogStyler());
        this.tasks = new Tasks(executor, errors);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
