package org.spoor.ingest.extract;

import java.time.Instant;

/**
 * What a photo's EXIF says about where, when and with what it was taken, for the map and the timeline.
 * Every field may be null when the photo does not say it.
 *
 * @param latitude       WGS84 decimal degrees (south negative), from the EXIF GPS block
 * @param longitude      WGS84 decimal degrees (west negative)
 * @param takenAt        when the picture was taken. Exact when {@code originalOffset} is known (EXIF
 *                       OffsetTimeOriginal); otherwise the GPS time stamp (UTC) when the photo has one; otherwise
 *                       the camera's local clock read as if it were UTC, with {@code originalOffset} null, so a
 *                       timeline should show it as "camera time, zone unknown"
 * @param originalOffset the camera's UTC offset as written in EXIF ("+07:00"), or null
 * @param deviceMake     camera or phone maker (EXIF Make)
 * @param deviceModel    camera or phone model (EXIF Model)
 */
public record PhotoFacts(Double latitude, Double longitude, Instant takenAt, String originalOffset,
                         String deviceMake, String deviceModel) {

    public boolean hasLocation() {
        return latitude != null && longitude != null;
    }
}
