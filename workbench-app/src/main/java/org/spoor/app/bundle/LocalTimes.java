package org.spoor.app.bundle;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.spoor.comms.RecordedTime;

/**
 * Turns stored UTC instants into the local times a bundle prints. A phone record keeps the offset
 * its source wrote beside it (that is the device's own local time); anything else is read in the
 * case country's zone.
 */
final class LocalTimes {

    private final ZoneId caseZone;

    LocalTimes(ZoneId caseZone) {
        this.caseZone = caseZone;
    }

    OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atZone(caseZone).toOffsetDateTime();
    }

    OffsetDateTime of(RecordedTime time) {
        if (time == null) {
            return null;
        }
        if (!time.originalOffset().isBlank()) {
            try {
                return time.instant().atOffset(ZoneOffset.of(time.originalOffset()));
            } catch (DateTimeException e) {
                // An offset the source wrote in an unexpected form: fall back to the case zone.
                return of(time.instant());
            }
        }
        return of(time.instant());
    }

    ZoneId zone() {
        return caseZone;
    }
}
