package org.spoor.comms;

import static org.spoor.casefile.db.Tables.COMMS_ATTACHMENT;
import static org.spoor.casefile.db.Tables.COMMS_MESSAGE;
import static org.spoor.casefile.db.Tables.EXHIBIT;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.BatchBindStep;

/**
 * Links message attachments to the exhibits that hold their bytes. Reads the attachments of one
 * import that are not linked yet and records, for each, the exhibit found or why none was; the
 * matching itself lives with the import pipeline.
 */
public final class AttachmentLinks {

    /** An attachment still to link, with the exhibit its message was read from. */
    public record Unlinked(long attachmentId, long messageExhibitId, String fileName, String extractedPath,
            String sha256) {
    }

    /** An attachment's outcome: the exhibit holding its bytes, or (exhibit null) the reason it has none. */
    public record Outcome(long attachmentId, Long exhibitId, String problem) {

        public static Outcome linked(long attachmentId, long exhibitId) {
            return new Outcome(attachmentId, exhibitId, null);
        }

        public static Outcome unlinked(long attachmentId, String problem) {
            return new Outcome(attachmentId, null, problem);
        }
    }

    private final DSLContext db;

    public AttachmentLinks(DSLContext db) {
        this.db = db;
    }

    /** Attachments of messages read from this import's exhibits that point at no exhibit yet. */
    public List<Unlinked> unlinkedInImport(String importId) {
        return db.select(COMMS_ATTACHMENT.ID, COMMS_MESSAGE.EXHIBIT_ID, COMMS_ATTACHMENT.FILE_NAME,
                        COMMS_ATTACHMENT.EXTRACTED_PATH, COMMS_ATTACHMENT.SHA256)
                .from(COMMS_ATTACHMENT)
                .join(COMMS_MESSAGE).on(COMMS_MESSAGE.ID.eq(COMMS_ATTACHMENT.MESSAGE_ID))
                .join(EXHIBIT).on(EXHIBIT.ID.eq(COMMS_MESSAGE.EXHIBIT_ID))
                .where(EXHIBIT.IMPORT_ID.eq(importId))
                .and(COMMS_ATTACHMENT.CHILD_EXHIBIT_ID.isNull())
                .orderBy(COMMS_ATTACHMENT.ID)
                .fetch(r -> new Unlinked(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Records the outcomes in one transaction, as one batched statement. */
    public void record(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        db.transaction(tx -> {
            BatchBindStep batch = tx.dsl().batch(tx.dsl().update(COMMS_ATTACHMENT)
                    .set(COMMS_ATTACHMENT.CHILD_EXHIBIT_ID, (Long) null)
                    .set(COMMS_ATTACHMENT.LINK_PROBLEM, (String) null)
                    .where(COMMS_ATTACHMENT.ID.eq((Long) null)));
            for (Outcome o : outcomes) {
                batch = batch.bind(o.exhibitId(), o.problem(), o.attachmentId());
            }
            batch.execute();
        });
    }
}
