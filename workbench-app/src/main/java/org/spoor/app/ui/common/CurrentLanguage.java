package org.spoor.app.ui.common;

import java.util.Locale;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The language the window speaks now. One instance, created by the composition root and handed to
 * whatever shows text; switching it makes the shell reload its views.
 */
public final class CurrentLanguage {

    private final ReadOnlyObjectWrapper<Messages> messages;

    public CurrentLanguage(Locale initial) {
        this.messages = new ReadOnlyObjectWrapper<>(Messages.in(initial));
    }

    public Messages messages() {
        return messages.get();
    }

    public Locale locale() {
        return messages.get().locale();
    }

    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages.getReadOnlyProperty();
    }

    public void switchTo(Locale language) {
        if (!UiLanguages.closestTo(language).equals(locale())) {
            messages.set(Messages.in(language));
        }
    }
}
