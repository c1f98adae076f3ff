package org.spoor.search.schema;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Language tags as the index stores them: ISO 639-1 where one exists ({@code vi}, {@code id}),
 * lower case, region dropped. Detectors and users write the same language several ways
 * ({@code ind}, Java's legacy {@code in}, {@code es-MX}); filters must still meet.
 */
public final class LanguageCodes {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("in", "id"), Map.entry("ind", "id"), Map.entry("vie", "vi"), Map.entry("spa", "es"),
            Map.entry("lao", "lo"), Map.entry("khm", "km"), Map.entry("tha", "th"), Map.entry("mon", "mn"),
            Map.entry("khk", "mn"), Map.entry("mya", "my"), Map.entry("bur", "my"), Map.entry("eng", "en"),
            Map.entry("zho", "zh"), Map.entry("chi", "zh"));

    private LanguageCodes() {
    }

    /** The canonical tag, or empty for null, blank or "und". */
    public static Optional<String> canonical(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        if (primary.isEmpty() || primary.equals("und")) {
            return Optional.empty();
        }
        return Optional.of(ALIASES.getOrDefault(primary, primary));
    }

    /** The stemmed field for items in this language, if the language has one. */
    public static Optional<String> stemmedField(String tag) {
        return canonical(tag).map(code -> switch (code) {
            case "es" -> IndexFields.TEXT_SPANISH;
            case "id", "ms" -> IndexFields.TEXT_INDONESIAN;
            default -> null;
        });
    }
}
