package org.spoor.comms;

import static org.spoor.casefile.db.Tables.COMMS_CALL;

import java.util.List;
import org.jooq.DSLContext;
import org.spoor.casefile.db.tables.records.CommsCallRecord;

/** Call-log entries. */
public final class CallRepository {

    private final DSLContext db;

    public CallRepository(DSLContext db) {
        this.db = db;
    }

    public Call add(Call call) {
        Party other = call.counterpart();
        long id = db.insertInto(COMMS_CALL)
                .set(COMMS_CALL.EXHIBIT_ID, call.source().exhibitId())
                .set(COMMS_CALL.SOURCE_LOCATOR, call.source().locator())
                .set(COMMS_CALL.SERVICE, call.service())
                .set(COMMS_CALL.DIRECTION, call.direction().name())
                .set(COMMS_CALL.NUMBER_RAW, other == null ? null : other.raw())
                .set(COMMS_CALL.NUMBER_VALUE, other == null ? null : other.normalised())
                .set(COMMS_CALL.CONTACT_NAME, other == null ? null : other.displayName())
                .set(COMMS_CALL.STARTED_AT, call.startedAt() == null ? null : call.startedAt().toUtc())
                .set(COMMS_CALL.STARTED_OFFSET, call.startedAt() == null ? null : call.startedAt().originalOffset())
                .set(COMMS_CALL.DURATION_SECONDS, call.durationSeconds())
                .set(COMMS_CALL.ANSWERED, call.answered())
                .set(COMMS_CALL.DELETED, call.deleted())
                .returningResult(COMMS_CALL.ID)
                .fetchOne().value1();
        return call.withId(id);
    }

    public List<Call> findByExhibit(long exhibitId) {
        return db.selectFrom(COMMS_CALL)
                .where(COMMS_CALL.EXHIBIT_ID.eq(exhibitId))
                .orderBy(COMMS_CALL.STARTED_AT.asc().nullsLast(), COMMS_CALL.ID)
                .fetch(CallRepository::toCall);
    }

    /** How many call-log entries the case holds. */
    public long count() {
        return db.fetchCount(COMMS_CALL);
    }

    /** The exhibits that hold call-log entries, in id order. */
    public List<Long> exhibitIds() {
        return db.selectDistinct(COMMS_CALL.EXHIBIT_ID).from(COMMS_CALL)
                .orderBy(COMMS_CALL.EXHIBIT_ID).fetch(COMMS_CALL.EXHIBIT_ID);
    }

    private static Call toCall(CommsCallRecord r) {
        Party other = r.getNumberRaw() == null && r.getContactName() == null ? null
                : Party.of(r.getNumberRaw(), r.getNumberValue(), r.getContactName());
        return new Call(r.getId(), SourceRef.of(r.getExhibitId(), r.getSourceLocator()), r.getService(),
                Direction.valueOf(r.getDirection()), other,
                RecordedTime.fromColumns(r.getStartedAt(), r.getStartedOffset()), r.getDurationSeconds(),
                r.getAnswered(), r.getDeleted());
    }
}
