package org.spoor.app.ui.map;

import java.time.Instant;
import java.util.List;

import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.layer.TimeWindow;

/**
 * The time slider's scale: from the earliest to the latest dated point, in epoch milliseconds (what a
 * slider moves through). Undated points stay shown: an undated photo may belong to any period.
 */
public record TimeRange(long first, long last) {

    public static final TimeRange NONE = new TimeRange(0, 0);

    public static TimeRange of(List<EvidencePoint> points) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (EvidencePoint p : points) {
            if (p.time() != null) {
                min = Math.min(min, p.time().toEpochMilli());
                max = Math.max(max, p.time().toEpochMilli());
            }
        }
        return min > max ? NONE : new TimeRange(min, max);
    }

    public boolean isEmpty() {
        return first >= last;
    }

    /** The window for slider positions {@code from}..{@code to}; the whole range when the slider is at its ends. */
    public TimeWindow window(double from, double to) {
        if (isEmpty() || (from <= first && to >= last)) {
            return TimeWindow.ALL;
        }
        return new TimeWindow(Instant.ofEpochMilli(Math.round(from)), Instant.ofEpochMilli(Math.round(to)), true);
    }
}
