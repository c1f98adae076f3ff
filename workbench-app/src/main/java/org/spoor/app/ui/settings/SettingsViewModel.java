package org.spoor.app.ui.settings;

import java.util.List;
import java.util.Locale;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.UiLanguages;

/** The settings: for now the window's language, saved for the next start and applied at once. */
public final class SettingsViewModel {

    private final AppSettings settings;
    private final CurrentLanguage language;
    private final ObjectProperty<Locale> chosen = new SimpleObjectProperty<>();

    public SettingsViewModel(AppSettings settings, CurrentLanguage language) {
        this.settings = settings;
        this.language = language;
        chosen.set(language.locale());
    }

    public List<Locale> languages() {
        return UiLanguages.supported();
    }

    public ObjectProperty<Locale> languageProperty() {
        return chosen;
    }

    /** Saves the choice and switches the window's language (the shell reloads its views). */
    public void apply() {
        Locale picked = chosen.get();
        if (picked == null) {
            return;
        }
        settings.setLanguage(picked);
        language.switchTo(picked);
    }
}
