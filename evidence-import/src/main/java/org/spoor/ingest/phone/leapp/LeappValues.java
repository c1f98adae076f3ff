package org.spoor.ingest.phone.leapp;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.spoor.comms.RecordedTime;

/**
 * Cell values as ALEAPP/iLEAPP write them. Times: SQLite's {@code datetime(..., 'unixepoch')} text
 * ({@code 2023-03-16 07:03:22}, UTC), Python's {@code str(datetime)} with an offset
 * ({@code 2023-03-16 07:03:22+00:00}), ISO text, or in LAVA integer Unix seconds (lavafuncs stores
 * 'datetime' columns so, naive values taken as UTC). Durations: seconds or {@code HH:MM:SS}.
 */
final class LeappValues {

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);

    private LeappValues() {
    }

    /** The instant of a cell, or null when empty or not a time. */
    static RecordedTime time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.matches("-?\\d+(\\.\\d+)?")) {
                double n = Double.parseDouble(v);
                if (n <= 0) {
                    return null;
                }
                // Seconds in LAVA; a 13-digit value can only be milliseconds.
                long millis = n > 100_000_000_000L ? (long) n : (long) (n * 1000);
                return RecordedTime.utc(Instant.ofEpochMilli(millis));
            }
            String iso = v.replace(' ', 'T');
            if (iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return RecordedTime.of(OffsetDateTime.parse(iso.replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2")));
            }
            return RecordedTime.utc(LocalDateTime.parse(v, LOCAL).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Seconds from {@code 65}, {@code 65.0} or {@code 00:01:05}; null when empty or unreadable. */
    static Long seconds(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.contains(":")) {
                long total = 0;
                for (String part : v.split(":")) {
                    total = total * 60 + Long.parseLong(part.trim());
                }
                return total;
            }
            return (long) Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Double decimal(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** ALEAPP puts HTML icons beside some values ({@code Incoming <i data-feather=...></i>}). */
    static String plain(String value) {
        return value == null ? null : value.replaceAll("<[^>]*>", "").trim();
    }
}
