package org.spoor.app.bundle;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/** The civil time zone of each case country: local times in the bundle are read in it. */
final class CaseZones {

    private static final Map<String, String> ZONES = Map.of(
            "VN", "Asia/Ho_Chi_Minh", "LA", "Asia/Vientiane", "KH", "Asia/Phnom_Penh", "ID", "Asia/Jakarta",
            "MN", "Asia/Ulaanbaatar", "PE", "America/Lima", "EC", "America/Guayaquil", "CO", "America/Bogota");

    private CaseZones() {
    }

    /** The country's zone; UTC for a case without a known country (times then say UTC+00:00 plainly). */
    static ZoneId of(String country) {
        String zone = country == null ? null : ZONES.get(country.toUpperCase(Locale.ROOT));
        return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
    }
}
