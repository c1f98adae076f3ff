package org.spoor.ingest.located;

import org.spoor.mapping.EvidencePoint;

/**
 * A point on the case map and the exhibit it comes from, so a click on the map can name and open
 * its source.
 *
 * @param point        what the map draws
 * @param exhibitId    the exhibit the position was read from (for a seizure site: the first exhibit seized there)
 * @param exhibitRef   its stable reference ({@code SPR-0004})
 * @param exhibitName  its original file name
 * @param locator      the row or element inside the exhibit ({@code sms:_id=42}); empty for the file itself
 * @param track        the device whose movements this position belongs to (one route per track); null when the
 *                     position is no fix of a device (a shared location, coordinates in text, a seizure site)
 * @param place        for a geocoded place (a seizure site, a confirmed place name): what was geocoded and the
 *                     investigator's decision, so the map can offer to confirm or reject it; null otherwise
 */
public record LocatedItem(EvidencePoint point, long exhibitId, String exhibitRef, String exhibitName,
                          String locator, String track, PlaceMention place) {

    public LocatedItem {
        locator = locator == null ? "" : locator;
    }

    /** An item whose position was measured or written, not geocoded. */
    public LocatedItem(EvidencePoint point, long exhibitId, String exhibitRef, String exhibitName, String locator,
                       String track) {
        this(point, exhibitId, exhibitRef, exhibitName, locator, track, null);
    }
}
