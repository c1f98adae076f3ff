package org.spoor.place;

import java.time.Instant;

/**
 * An area an investigator drew on the case map and named: a warehouse block, a stretch of border.
 *
 * @param id          stable id (a UUID) chosen when the area was drawn
 * @param geometryWkt the outline as WKT polygon, WGS 84 longitude/latitude
 * @param createdBy   who drew it (the audit entry's actor)
 */
public record AreaOfInterest(String id, String name, String note, String geometryWkt, String createdBy,
                             Instant createdAt) {

    public AreaOfInterest {
        note = note == null ? "" : note;
    }
}
