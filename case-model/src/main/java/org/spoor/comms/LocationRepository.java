package org.spoor.comms;

import static org.spoor.casefile.db.Tables.COMMS_LOCATION;

import java.util.List;
import org.jooq.DSLContext;
import org.spoor.casefile.db.tables.records.CommsLocationRecord;

/** Places recorded by phones. */
public final class LocationRepository {

    private final DSLContext db;

    public LocationRepository(DSLContext db) {
        this.db = db;
    }

    public Location add(Location location) {
        long id = db.insertInto(COMMS_LOCATION)
                .set(COMMS_LOCATION.EXHIBIT_ID, location.source().exhibitId())
                .set(COMMS_LOCATION.SOURCE_LOCATOR, location.source().locator())
                .set(COMMS_LOCATION.LATITUDE, location.latitude())
                .set(COMMS_LOCATION.LONGITUDE, location.longitude())
                .set(COMMS_LOCATION.RECORDED_AT, location.recordedAt() == null ? null : location.recordedAt().toUtc())
                .set(COMMS_LOCATION.RECORDED_OFFSET,
                        location.recordedAt() == null ? null : location.recordedAt().originalOffset())
                .set(COMMS_LOCATION.ACCURACY_METRES, location.accuracyMetres())
                .set(COMMS_LOCATION.ORIGIN, location.origin())
                .set(COMMS_LOCATION.LABEL, location.label())
                .returningResult(COMMS_LOCATION.ID)
                .fetchOne().value1();
        return location.withId(id);
    }

    public List<Location> findByExhibit(long exhibitId) {
        return db.selectFrom(COMMS_LOCATION)
                .where(COMMS_LOCATION.EXHIBIT_ID.eq(exhibitId))
                .orderBy(COMMS_LOCATION.RECORDED_AT.asc().nullsLast(), COMMS_LOCATION.ID)
                .fetch(LocationRepository::toLocation);
    }

    private static Location toLocation(CommsLocationRecord r) {
        return new Location(r.getId(), SourceRef.of(r.getExhibitId(), r.getSourceLocator()), r.getLatitude(),
                r.getLongitude(), RecordedTime.fromColumns(r.getRecordedAt(), r.getRecordedOffset()),
                r.getAccuracyMetres(), r.getOrigin(), r.getLabel());
    }
}
