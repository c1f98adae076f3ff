package org.spoor.mapping;

import java.time.Instant;
import java.util.Objects;

/**
 * One located item of evidence: a photo's EXIF position, a phone location, a shared location,
 * coordinates written in a document, a geocoded place or a seizure site. WGS 84 degrees.
 *
 * @param id        stable id of the source item (what a click on the map opens)
 * @param lat       latitude, degrees north
 * @param lon       longitude, degrees east
 * @param time      when the item was there; null when unknown (kept out of time filters' ranges)
 * @param kind      short vocabulary word: photo, phone_location, shared_location, text, place, seizure
 * @param label     what the investigator reads next to the point
 * @param sourceRef reference back to the exhibit (exhibit number, path, message id)
 */
public record EvidencePoint(String id, double lat, double lon, Instant time, String kind, String label,
                            String sourceRef) {

    public EvidencePoint {
        Objects.requireNonNull(id, "id");
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new MapException("map.point.outOfRange", id, lat, lon);
        }
        kind = kind == null ? "point" : kind;
        label = label == null ? "" : label;
        sourceRef = sourceRef == null ? "" : sourceRef;
    }
}
