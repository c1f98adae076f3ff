package org.spoor.app.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.spoor.casefile.CaseException;

/** The command line's words: the {@code cli} and {@code errors} resource bundles in the user's language. */
public final class Messages {

    private final ResourceBundle cli;
    private final ResourceBundle errors;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.cli = ResourceBundle.getBundle("org.spoor.app.i18n.cli", locale);
        this.errors = ResourceBundle.getBundle("org.spoor.app.i18n.errors", locale);
    }

    public String get(String key, Object... arguments) {
        return new MessageFormat(cli.getString(key), locale).format(arguments);
    }

    /** The translated message of a case error; its English log message if a key is not translated. */
    public String of(CaseException e) {
        try {
            return new MessageFormat(errors.getString(e.messageKey()), locale).format(e.arguments());
        } catch (MissingResourceException missing) {
            return e.getMessage();
        }
    }

    public Locale locale() {
        return locale;
    }
}
