package org.spoor.place;

import java.time.Instant;

/**
 * An investigator's word on a geocoded place name: the text means this place, or it does not.
 *
 * @param matchedText the name as written, kept so the decision reads on its own
 * @param decidedBy   the audit entry's actor
 */
public record PlaceDecision(PlaceKey key, String matchedText, Verdict verdict, String reason, String decidedBy,
                            Instant decidedAt) {

    public enum Verdict { CONFIRMED, REJECTED }

    public PlaceDecision {
        reason = reason == null ? "" : reason;
    }

    public boolean confirmed() {
        return verdict == Verdict.CONFIRMED;
    }
}
