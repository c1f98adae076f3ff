package org.spoor.mapping;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The mapping module's texts in one language (English, Vietnamese, Indonesian, Spanish): what a
 * map picture prints (legend, kinds, attribution) and the message of each {@link MapException} key.
 */
public final class MapTexts {

    private static final String BUNDLE = "org.spoor.mapping.i18n.map";

    private final ResourceBundle bundle;
    private final Locale locale;

    public MapTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    /** The printed name of an evidence kind; an unknown kind is printed as written, underscores as spaces. */
    public String kind(String kind) {
        try {
            return bundle.getString("map.kind." + kind);
        } catch (MissingResourceException e) {
            return kind.replace('_', ' ');
        }
    }

    /** The message for an investigator, in this language. */
    public String message(MapException e) {
        return new MessageFormat(bundle.getString(e.messageKey()), locale).format(e.args());
    }
}
