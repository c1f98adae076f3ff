package org.spoor.app.ui.timeline;

import java.time.Instant;

/** One dated thing of the case on the timeline, in its lane, with where it came from. */
public record TimelineEvent(Instant at, Lane lane, String label, String citation) {

    /** The timeline's rows, top to bottom. */
    public enum Lane {
        SEIZURE,
        PHOTO,
        MESSAGE,
        CALL
    }
}
