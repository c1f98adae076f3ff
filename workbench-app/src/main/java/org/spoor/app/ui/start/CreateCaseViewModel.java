package org.spoor.app.ui.start;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.spoor.app.ui.common.CaseSession;
import org.spoor.app.ui.common.ErrorDialogs;
import org.spoor.app.ui.common.Tasks;
import org.spoor.app.ui.settings.AppSettings;
import org.spoor.casefile.CaseDetails;

/** The new-case form: what it needs before a case can be created, and creating it in the background. */
public final class CreateCaseViewModel {

    private final CaseAccess access;
    private final Tasks tasks;
    private final ErrorDialogs errors;
    private final AppSettings settings;
    private final PasswordStrengthEstimator estimator = new PasswordStrengthEstimator();

    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<String> country = new SimpleObjectProperty<>();
    private final StringProperty investigator = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeatedPassword = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<PasswordStrength> strength = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty("");
    private final BooleanBinding passwordsDiffer;
    private final BooleanBinding canCreate;

    public CreateCaseViewModel(CaseAccess access, Tasks tasks, ErrorDialogs errors, AppSettings settings,
                               Locale language) {
        this.access = access;
        this.tasks = tasks;
        this.errors = errors;
        this.settings = settings;
        country.set(CaseCountries.defaultFor(language));
        strength.bind(Bindings.createObjectBinding(() -> estimator.estimate(password.get()), password));
        passwordsDiffer = Bindings.createBooleanBinding(
                () -> !repeatedPassword.get().isEmpty() && !repeatedPassword.get().equals(password.get()),
                password, repeatedPassword);
        canCreate = Bindings.createBooleanBinding(this::complete, title, country, folder, password,
                repeatedPassword, busy);
        // A changed field makes an old complaint stale.
        title.addListener((o, was, now) -> problem.set(""));
        folder.addListener((o, was, now) -> problem.set(""));
    }

    private boolean complete() {
        return !busy.get() && !title.get().isBlank() && country.get() != null && folderPath() != null
                && strength.get().acceptable() && password.get().equals(repeatedPassword.get());
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

    /** A folder in {@code parent} named after the title, for the Browse button. */
    public void suggestFolderIn(Path parent) {
        String name = title.get().trim().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        folder.set(parent.resolve((name.isEmpty() ? "case" : name) + ".spoor").toString());
    }

    /** Creates the case in the background; {@code onCreated} runs on the FX thread with the open case. */
    public void create(Consumer<CaseSession> onCreated) {
        if (!canCreate.get()) {
            return;
        }
        Path target = folderPath();
        CaseDetails draft = CaseDetails.draft(title.get().trim(), country.get(), blankToNull(investigator.get()),
                blankToNull(unit.get()));
        char[] secret = password.get().toCharArray();
        busy.set(true);
        problem.set("");
        tasks.background(() -> access.create(target, draft, secret))
                .onSuccess(session -> {
                    settings.caseOpened(session.folder());
                    password.set("");
                    repeatedPassword.set("");
                    onCreated.accept(session);
                })
                .onError(new CaseFailures(errors, problem))
                .andFinally(() -> busy.set(false))
                .start();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<String> countryProperty() {
        return country;
    }

    public StringProperty investigatorProperty() {
        return investigator;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatedPasswordProperty() {
        return repeatedPassword;
    }

    public ReadOnlyObjectProperty<PasswordStrength> strengthProperty() {
        return strength.getReadOnlyProperty();
    }

    public BooleanBinding passwordsDifferProperty() {
        return passwordsDiffer;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** The translated sentence shown in the dialog when creating failed; empty when there is none. */
    public StringProperty problemProperty() {
        return problem;
    }
}
