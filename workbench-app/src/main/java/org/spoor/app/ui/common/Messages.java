package org.spoor.app.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The window's texts in one language: the {@code ui} bundle (also handed to FXML for {@code %key}) and
 * the {@code errors} bundle that turns a typed exception's message key into a sentence for people.
 */
public final class Messages {

    public static final String UI_BUNDLE = "org.spoor.app.i18n.ui";
    public static final String ERRORS_BUNDLE = "org.spoor.app.i18n.errors";

    /** No fallback to the JVM's default locale: a missing Vietnamese text shows English, not Spanish. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle ui;
    private final ResourceBundle errors;

    private Messages(Locale locale, ResourceBundle ui, ResourceBundle errors) {
        this.locale = locale;
        this.ui = ui;
        this.errors = errors;
    }

    /** Texts in the supported language closest to {@code requested}. */
    public static Messages in(Locale requested) {
        Locale locale = UiLanguages.closestTo(requested);
        ResourceBundle ui = ResourceBundle.getBundle(UI_BUNDLE, locale, NO_FALLBACK);
        ResourceBundle errors;
        try {
            errors = ResourceBundle.getBundle(ERRORS_BUNDLE, locale, NO_FALLBACK);
        } catch (MissingResourceException e) {
            errors = null;
        }
        return new Messages(locale, ui, errors);
    }

    public Locale locale() {
        return locale;
    }

    /** The {@code ui} bundle, for FXML's {@code %key} lookups. */
    public ResourceBundle bundle() {
        return ui;
    }

    public String text(String key) {
        return ui.getString(key);
    }

    /** A text with {@code {0}}-style arguments, formatted for this language (numbers, dates). */
    public String format(String key, Object... arguments) {
        return new MessageFormat(ui.getString(key), locale).format(arguments);
    }

    /** The sentence for a typed exception's message key, if the {@code errors} bundle has one. */
    public Optional<String> error(String messageKey, Object... arguments) {
        if (errors == null || messageKey == null || !errors.containsKey(messageKey)) {
            return Optional.empty();
        }
        return Optional.of(new MessageFormat(errors.getString(messageKey), locale).format(arguments));
    }
}
