package org.spoor.app.ui.common;

import java.util.List;
import java.util.Locale;

/** The languages the window speaks. A request for any other language falls back to English. */
public final class UiLanguages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale SPANISH = Locale.forLanguageTag("es");

    private static final List<Locale> SUPPORTED = List.of(ENGLISH, VIETNAMESE, INDONESIAN, SPANISH);

    private UiLanguages() {
    }

    public static List<Locale> supported() {
        return SUPPORTED;
    }

    /** The supported language closest to {@code requested}: same language, else English. */
    public static Locale closestTo(Locale requested) {
        if (requested == null) {
            return ENGLISH;
        }
        // Java still maps "id" to the legacy "in" in some paths; compare on the ISO 639 tag.
        String language = requested.toLanguageTag().split("-")[0];
        if ("in".equals(language)) {
            language = "id";
        }
        for (Locale candidate : SUPPORTED) {
            if (candidate.toLanguageTag().equals(language)) {
                return candidate;
            }
        }
        return ENGLISH;
    }

    /** The language's own name ("Tiếng Việt"), so a user who cannot read the current one finds theirs. */
    public static String nativeName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.toLanguageTag()
                : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
