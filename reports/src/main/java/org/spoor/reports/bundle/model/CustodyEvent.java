package org.spoor.reports.bundle.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/** One row of an exhibit's chain of custody (from the case's audit log). */
public record CustodyEvent(String exhibitRef, OffsetDateTime time, String action, String by,
                           String location, String note) {
    public CustodyEvent {
        Objects.requireNonNull(exhibitRef, "exhibitRef");
        Objects.requireNonNull(time, "time");
        action = action == null ? "" : action;
        by = by == null ? "" : by;
        location = location == null ? "" : location;
        note = note == null ? "" : note;
    }
}
