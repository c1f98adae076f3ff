package org.spoor.custody;

import java.time.Instant;

/** One link of an exhibit's chain of custody: who did what with it, when, where and why. */
public record CustodyEvent(long id, long exhibitId, Instant at, String actor, String action, String place,
                           String reason, long auditSeq) {
}
