package org.spoor.reports.bundle.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** One event of the timeline, with the exhibits it comes from. */
public record TimelineRow(OffsetDateTime time, String event, List<String> exhibitRefs) {
    public TimelineRow {
        Objects.requireNonNull(time, "time");
        event = event == null ? "" : event;
        exhibitRefs = List.copyOf(exhibitRefs);
    }
}
