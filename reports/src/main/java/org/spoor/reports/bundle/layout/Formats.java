package org.spoor.reports.bundle.layout;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How times, durations and missing values read in the bundle. */
public final class Formats {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private Formats() {
    }

    /** The time as the device or officer recorded it, with its UTC offset: "2024-03-05 14:22:10 (UTC+07:00)". */
    public static String localTime(OffsetDateTime time) {
        if (time == null) {
            return "unknown";
        }
        String offset = time.getOffset().getTotalSeconds() == 0 ? "+00:00" : time.getOffset().getId();
        return LOCAL.format(time) + " (UTC" + offset + ")";
    }

    public static String duration(Duration duration) {
        long seconds = duration.getSeconds();
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    public static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
