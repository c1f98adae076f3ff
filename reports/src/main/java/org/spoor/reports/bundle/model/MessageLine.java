package org.spoor.reports.bundle.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One message of a transcript.
 *
 * @param localTime the time as the device recorded it, with the device's UTC offset
 * @param source where the line was read from (e.g. "UFDR msgstore.db row 2214")
 */
public record MessageLine(OffsetDateTime localTime, String sender, String text, String source) {
    public MessageLine {
        Objects.requireNonNull(localTime, "localTime");
        sender = sender == null ? "" : sender;
        text = text == null ? "" : text;
        source = source == null ? "" : source;
    }
}
