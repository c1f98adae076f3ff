package org.spoor.ingest.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spoor.entity.EntityMention;
import org.spoor.entity.EntityType;

/**
 * Vehicle registration plates of the case countries, by their published layouts: Viet Nam
 * ({@code 38C-123.45}: province code, series letter(s), five digits), Indonesia ({@code B 1234 XYZ}:
 * region code from the national list, up to four digits, up to three letters) and Peru
 * ({@code ABC-123}, also {@code A1B-123}). Keys are the plate without separators, by country.
 */
final class VehiclePlateFinder implements EntityFinder {

    private static final Pattern VIETNAM = Pattern.compile(
            "(?<![\\w.-])(\\d{2})([A-Z]{1,2}\\d?)[- ]?(\\d{3}\\.?\\d{2}|\\d{4})(?![\\w-]|\\.\\d)");
    private static final Pattern INDONESIA = Pattern.compile("(?<![\\w-])([A-Z]{1,2}) (\\d{1,4}) ([A-Z]{1,3})(?![\\w-])");
    private static final Pattern PERU = Pattern.compile("(?<![\\w-])([A-Z][A-Z0-9][A-Z])-(\\d{3})(?![\\w-])");
    /** Indonesian region codes (Korlantas POLRI), so that "A 1 B" in prose is not taken for a plate. */
    private static final Set<String> INDONESIAN_REGIONS = Set.of("A", "B", "D", "E", "F", "G", "H", "K", "L", "M",
            "N", "P", "R", "S", "T", "W", "Z", "AA", "AB", "AD", "AE", "AG", "BA", "BB", "BD", "BE", "BG", "BH", "BK",
            "BL", "BM", "BN", "BP", "DA", "DB", "DC", "DD", "DE", "DG", "DH", "DK", "DL", "DM", "DN", "DR", "DS", "DT",
            "EA", "EB", "ED", "KB", "KH", "KT", "KU", "PA", "PB");

    @Override
    public void find(String text, List<EntityMention> found) {
        Matcher m = VIETNAM.matcher(text);
        while (m.find()) {
            String key = "VN:" + m.group(1) + m.group(2) + m.group(3).replace(".", "");
            add(found, m, key);
        }
        m = INDONESIA.matcher(text);
        while (m.find()) {
            if (INDONESIAN_REGIONS.contains(m.group(1))) {
                add(found, m, "ID:" + m.group(1) + m.group(2) + m.group(3));
            }
        }
        m = PERU.matcher(text);
        while (m.find()) {
            add(found, m, "PE:" + m.group(1) + m.group(2));
        }
    }

    private static void add(List<EntityMention> found, Matcher m, String key) {
        found.add(EntityMention.inText(EntityType.VEHICLE_PLATE, key.toUpperCase(Locale.ROOT), m.group(), m.group(),
                m.start(), m.end()));
    }
}
