package org.spoor.ingest.phone.xry;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Call durations as XRY writes them: {@code 00:00:05}, {@code 1:05}, {@code 65} or {@code 1 min 5 s}. */
final class XryDurations {

    private static final Pattern CLOCK = Pattern.compile("^(?:(\\d+):)?(\\d{1,2}):(\\d{2})$");
    private static final Pattern WORDS = Pattern.compile(
            "(\\d+)\\s*(h|hour|hours|m|min|mins|minutes?|s|sec|secs|seconds?)\\b", Pattern.CASE_INSENSITIVE);

    private XryDurations() {
    }

    /** Seconds, or null when the value is missing or not a duration. */
    static Long seconds(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        Matcher clock = CLOCK.matcher(v);
        if (clock.matches()) {
            long hours = clock.group(1) == null ? 0 : Long.parseLong(clock.group(1));
            return hours * 3600 + Long.parseLong(clock.group(2)) * 60 + Long.parseLong(clock.group(3));
        }
        if (v.matches("\\d+")) {
            return Long.parseLong(v);
        }
        Matcher words = WORDS.matcher(v);
        long total = 0;
        boolean any = false;
        while (words.find()) {
            any = true;
            long n = Long.parseLong(words.group(1));
            char unit = Character.toLowerCase(words.group(2).charAt(0));
            total += unit == 'h' ? n * 3600 : unit == 'm' ? n * 60 : n;
        }
        return any ? total : null;
    }
}
