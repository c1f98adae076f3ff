package org.spoor.place;

import static org.spoor.casefile.db.Tables.AREA_OF_INTEREST;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.spoor.casefile.db.tables.records.AreaOfInterestRecord;

/** Reads the case's areas of interest; they are written only through {@link AreaEdits} and its appliers. */
public final class AreaRepository {

    private final DSLContext db;

    public AreaRepository(DSLContext db) {
        this.db = db;
    }

    /** Every area, in the order they were drawn. */
    public List<AreaOfInterest> all() {
        return db.selectFrom(AREA_OF_INTEREST)
                .orderBy(AREA_OF_INTEREST.CREATED_AT, AREA_OF_INTEREST.NAME, AREA_OF_INTEREST.ID)
                .fetch(AreaRepository::toArea);
    }

    public Optional<AreaOfInterest> byId(String id) {
        return db.selectFrom(AREA_OF_INTEREST).where(AREA_OF_INTEREST.ID.eq(id)).fetchOptional(AreaRepository::toArea);
    }

    private static AreaOfInterest toArea(AreaOfInterestRecord row) {
        return new AreaOfInterest(row.getId(), row.getName(), row.getNote(), row.getGeometryWkt(), row.getCreatedBy(),
                row.getCreatedAt().toInstant());
    }
}
