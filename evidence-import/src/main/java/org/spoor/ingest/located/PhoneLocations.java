package org.spoor.ingest.located;

import static org.spoor.casefile.db.Tables.COMMS_LOCATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jooq.DSLContext;
import org.spoor.comms.Location;
import org.spoor.comms.LocationRepository;
import org.spoor.exhibit.Exhibit;

/**
 * Places phones recorded (comms_location): the phone's own fixes, UFDR location records and
 * locations shared in a chat. A phone's own fixes form its route; a shared location is where
 * someone said a place was, not where the phone went, so it is no stop on the route.
 */
final class PhoneLocations {

    static final String FIX = "phone_location";
    static final String UFDR = "ufdr_location";
    static final String SHARED = "shared_location";

    private final DSLContext db;
    private final LocationRepository locations;
    private final ExhibitLookup exhibits;

    PhoneLocations(DSLContext db, ExhibitLookup exhibits) {
        this.db = db;
        this.locations = new LocationRepository(db);
        this.exhibits = exhibits;
    }

    List<LocatedItem> collect(PointGuard guard) {
        List<LocatedItem> items = new ArrayList<>();
        List<Long> sources = db.selectDistinct(COMMS_LOCATION.EXHIBIT_ID).from(COMMS_LOCATION)
                .orderBy(COMMS_LOCATION.EXHIBIT_ID).fetch(COMMS_LOCATION.EXHIBIT_ID);
        for (long exhibitId : sources) {
            Optional<Exhibit> found = exhibits.byId(exhibitId);
            if (found.isEmpty()) {
                continue;
            }
            Exhibit exhibit = found.get();
            for (Location location : locations.findByExhibit(exhibitId)) {
                String kind = kindOf(location);
                String locator = location.source().locator();
                String track = kind.equals(SHARED) ? null : "device:" + exhibit.ref();
                guard.point("location:" + location.id(), location.latitude(), location.longitude(),
                        location.recordedAt() == null ? null : location.recordedAt().instant(), kind,
                        label(location, exhibit), ExhibitLookup.sourceRef(exhibit, locator))
                        .ifPresent(p -> items.add(new LocatedItem(p, exhibit.id(), exhibit.ref(),
                                exhibit.originalName(), locator, track)));
            }
        }
        return items;
    }

    /** WhatsApp writes "WhatsApp shared location" as the origin; UFED model ids are cited as "model:...". */
    static String kindOf(Location location) {
        String origin = location.origin() == null ? "" : location.origin().toLowerCase(Locale.ROOT);
        if (origin.contains("shared")) {
            return SHARED;
        }
        return location.source().locator().startsWith("model:") ? UFDR : FIX;
    }

    private static String label(Location location, Exhibit exhibit) {
        String text = location.label() != null && !location.label().isBlank() ? location.label()
                : location.origin() != null && !location.origin().isBlank() ? location.origin()
                : exhibit.originalName();
        return location.accuracyMetres() == null ? text
                : text + String.format(Locale.ROOT, " (±%.0f m)", location.accuracyMetres());
    }
}
