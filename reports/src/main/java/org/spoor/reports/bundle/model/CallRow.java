package org.spoor.reports.bundle.model;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/** One call: direction is "incoming", "outgoing" or "missed" as the device recorded it. */
public record CallRow(OffsetDateTime localTime, String direction, String number, String name,
                      Duration duration, String source) {
    public CallRow {
        Objects.requireNonNull(localTime, "localTime");
        direction = direction == null ? "" : direction;
        number = number == null ? "" : number;
        name = name == null ? "" : name;
        duration = duration == null ? Duration.ZERO : duration;
        source = source == null ? "" : source;
    }
}
