package org.spoor.mapping.layer;

import java.time.Instant;

import org.spoor.mapping.EvidencePoint;

/**
 * The time slider's range, inclusive at both ends. A null end is open. Items without a time are
 * shown only when {@code includeUndated} is set: an undated photo may belong to any period.
 */
public record TimeWindow(Instant from, Instant to, boolean includeUndated) {

    public static final TimeWindow ALL = new TimeWindow(null, null, true);

    public boolean contains(EvidencePoint p) {
        Instant t = p.time();
        if (t == null) {
            return includeUndated;
        }
        return (from == null || !t.isBefore(from)) && (to == null || !t.isAfter(to));
    }
}
