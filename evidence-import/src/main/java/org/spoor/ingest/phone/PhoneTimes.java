package org.spoor.ingest.phone;

import java.time.Instant;
import org.spoor.comms.RecordedTime;

/** The epochs phone databases count from, turned into instants. */
public final class PhoneTimes {

    /** Apple's Core Data / Cocoa reference date, 2001-01-01T00:00:00Z, in Unix seconds. */
    static final long APPLE_EPOCH_SECONDS = 978_307_200L;

    private PhoneTimes() {
    }

    /** Android and WhatsApp: milliseconds since 1970; 0 or negative means not recorded. */
    public static RecordedTime unixMillis(long millis) {
        return millis <= 0 ? null : RecordedTime.utc(Instant.ofEpochMilli(millis));
    }

    /**
     * iOS {@code sms.db}: seconds since 2001 before iOS 11, nanoseconds since 2001 after; a value
     * above 10^11 cannot be seconds (that would be the year 5170), so it is nanoseconds.
     */
    public static RecordedTime appleSecondsOrNanos(long value) {
        if (value <= 0) {
            return null;
        }
        if (value > 100_000_000_000L) {
            return RecordedTime.utc(Instant.ofEpochSecond(APPLE_EPOCH_SECONDS).plusNanos(value));
        }
        return RecordedTime.utc(Instant.ofEpochSecond(APPLE_EPOCH_SECONDS + value));
    }

    /** Core Data timestamps (CallHistory, ChatStorage): fractional seconds since 2001. */
    public static RecordedTime appleSeconds(double seconds) {
        if (seconds <= 0) {
            return null;
        }
        long whole = (long) Math.floor(seconds);
        long nanos = Math.round((seconds - whole) * 1_000_000_000L);
        return RecordedTime.utc(Instant.ofEpochSecond(APPLE_EPOCH_SECONDS + whole, nanos));
    }
}
