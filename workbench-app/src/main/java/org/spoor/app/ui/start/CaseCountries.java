package org.spoor.app.ui.start;

import java.util.List;
import java.util.Locale;

/** The countries whose wildlife law Spoor knows, as ISO 3166-1 alpha-2 codes, and their names. */
public final class CaseCountries {

    public static final List<String> CODES = List.of("VN", "LA", "KH", "ID", "MN", "PE", "EC", "CO");

    private CaseCountries() {
    }

    /** The country's name in the window's language ("Việt Nam", "Indonesia"), from the JDK's CLDR data. */
    public static String displayName(String code, Locale language) {
        return new Locale("", code).getDisplayCountry(language);
    }

    /** A sensible first choice for a user of {@code language}: where that language is spoken at work. */
    public static String defaultFor(Locale language) {
        switch (language.getLanguage()) {
            case "id":
            case "in":
                return "ID";
            case "es":
                return "PE";
            default:
                return "VN";
        }
    }
}
