package org.spoor.app.gui;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.stage.Stage;

import org.spoor.app.ui.audit.AuditRowFormat;
import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.DialogStyler;
import org.spoor.app.ui.common.ErrorDialogs;
import org.spoor.app.ui.common.ErrorMessages;
import org.spoor.app.ui.common.Tasks;
import org.spoor.app.ui.common.Views;
import org.spoor.app.ui.importing.PathChooser;
import org.spoor.app.ui.importing.SystemPathChooser;
import org.spoor.app.ui.settings.AppSettings;
import org.spoor.app.ui.shell.WindowShell;
import org.spoor.app.ui.start.CaseAccess;

/**
 * The composition root of the GUI: makes every service once, by constructor, and wires the window.
 * Nothing in the UI looks a service up; whatever it needs it was given here.
 */
public final class GuiComposition implements AutoCloseable {

    /** Background work: a few threads, enough for a key derivation, a page of the audit log and counts. */
    private static final int BACKGROUND_THREADS = 3;

    private final GuiConfig config;
    private final ExecutorService executor;
    private final AppSettings settings;
    private final CurrentLanguage language;
    private final GuiScreens screens;
    private final Tasks tasks;
    private final DialogStyler styler;
    private WindowShell shell;

    public GuiComposition(GuiConfig config) {
        this(config, new SystemPathChooser());
    }

    /** As above, with the file and folder choosers given (tests choose seized files without a system dialog). */
    public GuiComposition(GuiConfig config, PathChooser chooser) {
        this.config = config;
        this.executor = Executors.newFixedThreadPool(BACKGROUND_THREADS, new BackgroundThreads());
        this.settings = AppSettings.load(config.settingsFile());
        Locale initial = settings.language().orElse(config.language());
        this.language = new CurrentLanguage(initial);
        this.styler = new DialogStyler();
        ErrorDialogs errors = new ErrorDialogs(new ErrorMessages(language), styler);
        this.tasks = new Tasks(executor, errors);
        this.screens = new GuiScreens(new GuiScreens.Services(new Views(language), tasks, errors, settings, language,
                styler, new CaseAccess(config.caseOptions()), new AuditRowFormat(config.zone()), chooser));
    }

    /**
     * Shows the start screen in {@code stage}, and the open dialog if a case was named on the command line
     * (or the reviewer window if a case pack was).
     */
    public WindowShell start(Stage stage) {
        shell = new WindowShell(stage, screens, tasks, styler, language);
        shell.showStart();
        stage.show();
        // A .spoorpack file (spoor review PACK, spoor gui PACK) opens read-only in reviewer mode.
        config.caseToOpen().filter(java.nio.file.Files::isRegularFile)
                .ifPresent(pack -> screens.reviewLauncher().open(stage, pack));
        config.caseToOpen().filter(path -> !java.nio.file.Files.isRegularFile(path))
                .ifPresent(folder -> screens.caseDialogs(shell).showOpen(stage, folder));
        return shell;
    }

    public CurrentLanguage language() {
        return language;
    }

    /** Closes an open case and stops the background threads. */
    @Override
    public void close() {
        if (shell != null) {
            shell.shutdown();
        }
        executor.shutdown();
    }

    /** Daemon threads, so a forgotten task never keeps the JVM alive after the window closed. */
    private static final class BackgroundThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "spoor-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
