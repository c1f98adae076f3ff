package org.spoor.app.ui.start;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.spoor.app.ui.common.CaseSession;
import org.spoor.app.ui.common.ErrorDialogs;
import org.spoor.app.ui.common.Tasks;
import org.spoor.app.ui.settings.AppSettings;

/** The open-case form: a folder and a password, unlocked in the background. */
public final class OpenCaseViewModel {

    private final CaseAccess access;
    private final Tasks tasks;
    private final ErrorDialogs errors;
    private final AppSettings settings;

    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanBinding canOpen;

    public OpenCaseViewModel(CaseAccess access, Tasks tasks, ErrorDialogs errors, AppSettings settings) {
        this.access = access;
        this.tasks = tasks;
        this.errors = errors;
        this.settings = settings;
        canOpen = Bindings.createBooleanBinding(() -> !busy.get() && folderPath() != null && !password.get().isEmpty(),
                folder, password, busy);
        password.addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                problem.set("");
            }
        });
    }

    private Path folderPath() {
        String text = folder.get().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Paths.get(text);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Unlocks the case in the background; on a wrong password the field is emptied for another try. */
    public void open(Consumer<CaseSession> onOpened) {
        if (!canOpen.get()) {
            return;
        }
        Path target = folderPath();
        char[] secret = password.get().toCharArray();
        busy.set(true);
        problem.set("");
        tasks.background(() -> access.open(target, secret))
                .onSuccess(session -> {
                    settings.caseOpened(session.folder());
                    password.set("");
                    onOpened.accept(session);
                })
                .onError(failure -> {
                    password.set("");
                    new CaseFailures(errors, problem).accept(failure);
                })
                .andFinally(() -> busy.set(false))
                .start();
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanBinding canOpenProperty() {
        return canOpen;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
