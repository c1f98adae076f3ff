package org.spoor.custody;

import static org.spoor.casefile.db.Tables.CUSTODY_EVENT;

import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import org.jooq.DSLContext;
import org.spoor.audit.AuditActions;
import org.spoor.audit.AuditEntry;
import org.spoor.audit.CaseEventApplier;
import org.spoor.casefile.db.tables.records.CustodyEventRecord;

/** Writes the custody event of a {@code custody.recorded} entry (sealed, handed over, examined...). */
public final class CustodyRecordedApplier implements CaseEventApplier {

    @Override
    public String action() {
        return AuditActions.CUSTODY_RECORDED;
    }

    @Override
    public void apply(DSLContext transaction, AuditEntry entry, JsonNode details) {
        insertEvent(transaction, entry, details.path("exhibitId").asLong(), details);
    }

    /** The event's time and actor are the audit entry's: custody and audit can never disagree. */
    public static void insertEvent(DSLContext transaction, AuditEntry entry, long exhibitId, JsonNode custody) {
        CustodyEventRecord row = transaction.newRecord(CUSTODY_EVENT);
        row.setId(custody.path("id").asLong());
        row.setExhibitId(exhibitId);
        row.setAt(entry.at().atOffset(ZoneOffset.UTC));
        row.setActor(entry.actor());
        row.setAction(custody.path("action").asText());
        row.setPlace(custody.path("place").isNull() ? null : custody.path("place").asText(null));
        row.setReason(custody.path("reason").isNull() ? null : custody.path("reason").asText(null));
        row.setAuditSeq(entry.seq());
        row.insert();
    }
}
