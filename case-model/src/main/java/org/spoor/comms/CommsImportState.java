package org.spoor.comms;

import static org.spoor.casefile.db.Tables.COMMS_ACCOUNT;
import static org.spoor.casefile.db.Tables.COMMS_ATTACHMENT;
import static org.spoor.casefile.db.Tables.COMMS_CALL;
import static org.spoor.casefile.db.Tables.COMMS_CONTACT;
import static org.spoor.casefile.db.Tables.COMMS_CONTACT_IDENTIFIER;
import static org.spoor.casefile.db.Tables.COMMS_CONVERSATION;
import static org.spoor.casefile.db.Tables.COMMS_DEVICE;
import static org.spoor.casefile.db.Tables.COMMS_IMPORT_STATE;
import static org.spoor.casefile.db.Tables.COMMS_LOCATION;
import static org.spoor.casefile.db.Tables.COMMS_MESSAGE;
import static org.spoor.casefile.db.Tables.COMMS_PARTICIPANT;
import static org.spoor.casefile.db.Tables.ENTITY_SOURCE;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Which phone artefacts are being written. Their records are committed in chunks, so a write is marked
 * as begun before the first chunk and as finished after the last; a failed write, or one a crash cut
 * short, is undone by {@link #discard}: every record of the exhibit and the entity sources it added.
 * Each call is its own transaction (autocommit on the given context).
 */
public final class CommsImportState {

    private final DSLContext db;

    public CommsImportState(DSLContext db) {
        this.db = db;
    }

    /** Marks the exhibit's records as being written, first undoing what an earlier unfinished write left. */
    public void begin(long exhibitId) {
        if (isUnfinished(exhibitId)) {
            discard(exhibitId);
        }
        Long highest = db.select(DSL.max(ENTITY_SOURCE.ID)).from(ENTITY_SOURCE).fetchOne(0, Long.class);
        db.insertInto(COMMS_IMPORT_STATE)
                .set(COMMS_IMPORT_STATE.EXHIBIT_ID, exhibitId)
                .set(COMMS_IMPORT_STATE.FIRST_SOURCE_ID, highest == null ? 0L : highest)
                .execute();
    }

    /** The exhibit's records are complete. */
    public void finish(long exhibitId) {
        db.deleteFrom(COMMS_IMPORT_STATE).where(COMMS_IMPORT_STATE.EXHIBIT_ID.eq(exhibitId)).execute();
    }

    public boolean isUnfinished(long exhibitId) {
        return db.fetchExists(COMMS_IMPORT_STATE, COMMS_IMPORT_STATE.EXHIBIT_ID.eq(exhibitId));
    }

    /** Exhibits whose write began and never finished (a crash): to {@link #discard} before importing more. */
    public List<Long> unfinished() {
        return db.select(COMMS_IMPORT_STATE.EXHIBIT_ID).from(COMMS_IMPORT_STATE)
                .orderBy(COMMS_IMPORT_STATE.EXHIBIT_ID).fetch(COMMS_IMPORT_STATE.EXHIBIT_ID);
    }

    /** Deletes every record of the exhibit's unfinished write, in one transaction, and its mark. */
    public void discard(long exhibitId) {
        db.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            if (deleteRecords(tx, exhibitId)) {
                tx.deleteFrom(COMMS_IMPORT_STATE).where(COMMS_IMPORT_STATE.EXHIBIT_ID.eq(exhibitId)).execute();
            }
        });
    }

    /**
     * Removes what writes cut off by a crash left, keeping their marks: until the import is resumed (and
     * reads those files again) the case shows no records of them rather than a part that looks whole.
     * Returns the exhibits set aside.
     */
    public List<Long> setAsideUnfinished() {
        List<Long> unfinished = unfinished();
        for (long exhibitId : unfinished) {
            db.transaction(configuration -> deleteRecords(configuration.dsl(), exhibitId));
        }
        return unfinished;
    }

    /** Deletes the records of the exhibit's unfinished write; false if no write of it is unfinished. */
    private static boolean deleteRecords(DSLContext tx, long exhibitId) {
        Long firstSource = tx.select(COMMS_IMPORT_STATE.FIRST_SOURCE_ID).from(COMMS_IMPORT_STATE)
                .where(COMMS_IMPORT_STATE.EXHIBIT_ID.eq(exhibitId)).fetchOne(COMMS_IMPORT_STATE.FIRST_SOURCE_ID);
        if (firstSource == null) {
            return false;
        }
        tx.deleteFrom(ENTITY_SOURCE).where(ENTITY_SOURCE.EXHIBIT_ID.eq(exhibitId)
                .and(ENTITY_SOURCE.ID.gt(firstSource))).execute();
        tx.deleteFrom(COMMS_ATTACHMENT).where(COMMS_ATTACHMENT.MESSAGE_ID.in(tx.select(COMMS_MESSAGE.ID)
                .from(COMMS_MESSAGE).where(COMMS_MESSAGE.EXHIBIT_ID.eq(exhibitId)))).execute();
        tx.deleteFrom(COMMS_MESSAGE).where(COMMS_MESSAGE.EXHIBIT_ID.eq(exhibitId)).execute();
        tx.deleteFrom(COMMS_PARTICIPANT).where(COMMS_PARTICIPANT.CONVERSATION_ID.in(
                tx.select(COMMS_CONVERSATION.ID).from(COMMS_CONVERSATION)
                        .where(COMMS_CONVERSATION.EXHIBIT_ID.eq(exhibitId)))).execute();
        tx.deleteFrom(COMMS_CONVERSATION).where(COMMS_CONVERSATION.EXHIBIT_ID.eq(exhibitId)).execute();
        tx.deleteFrom(COMMS_CONTACT_IDENTIFIER).where(COMMS_CONTACT_IDENTIFIER.CONTACT_ID.in(
                tx.select(COMMS_CONTACT.ID).from(COMMS_CONTACT).where(COMMS_CONTACT.EXHIBIT_ID.eq(exhibitId))))
                .execute();
        tx.deleteFrom(COMMS_CONTACT).where(COMMS_CONTACT.EXHIBIT_ID.eq(exhibitId)).execute();
        tx.deleteFrom(COMMS_CALL).where(COMMS_CALL.EXHIBIT_ID.eq(exhibitId)).execute();
        tx.deleteFrom(COMMS_LOCATION).where(COMMS_LOCATION.EXHIBIT_ID.eq(exhibitId)).execute();
        tx.deleteFrom(COMMS_ACCOUNT).where(COMMS_ACCOUNT.EXHIBIT_ID.eq(exhibitId)).execute();
        tx.deleteFrom(COMMS_DEVICE).where(COMMS_DEVICE.EXHIBIT_ID.eq(exhibitId)).execute();
        return true;
    }
}
