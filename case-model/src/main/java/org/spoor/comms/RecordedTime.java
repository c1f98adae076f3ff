package org.spoor.comms;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A moment as a phone recorded it: the UTC instant, plus the offset the source wrote beside it
 * ({@code "+07:00"}), or an empty string when the source stores bare UTC or epoch values.
 */
public record RecordedTime(Instant instant, String originalOffset) {

    public RecordedTime {
        Objects.requireNonNull(instant, "instant");
        originalOffset = originalOffset == null ? "" : originalOffset;
    }

    public static RecordedTime utc(Instant instant) {
        return new RecordedTime(instant, "");
    }

    public static RecordedTime of(OffsetDateTime time) {
        return new RecordedTime(time.toInstant(), time.getOffset().getId().equals("Z") ? "+00:00"
                : time.getOffset().getId());
    }

    /** The instant as stored in the case (always UTC). */
    public OffsetDateTime toUtc() {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static RecordedTime fromColumns(OffsetDateTime at, String offset) {
        return at == null ? null : new RecordedTime(at.toInstant(), offset);
    }
}
