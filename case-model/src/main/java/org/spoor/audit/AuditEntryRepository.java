package org.spoor.audit;

import static org.spoor.casefile.db.Tables.AUDIT_ENTRY;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.spoor.casefile.db.tables.records.AuditEntryRecord;

/** The audit log's rows in the case database. */
public final class AuditEntryRepository {

    private final DSLContext dsl;

    public AuditEntryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(DSLContext transaction, AuditEntry entry) {
        AuditEntryRecord row = transaction.newRecord(AUDIT_ENTRY);
        row.setSeq(entry.seq());
        row.setAt(entry.at().atOffset(ZoneOffset.UTC));
        row.setActor(entry.actor());
        row.setAction(entry.action());
        row.setSubject(entry.subject());
        row.setDetails(entry.details());
        row.setPrevHash(entry.prevHash());
        row.setEntryHash(entry.entryHash());
        row.insert();
    }

    public Optional<AuditEntry> last() {
        return dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.SEQ.desc()).limit(1).fetchOptional()
                .map(AuditEntryRepository::toEntry);
    }

    /** Entries with {@code seq > afterSeq}, oldest first. */
    public List<AuditEntry> after(long afterSeq, int limit) {
        return dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.SEQ.gt(afterSeq)).orderBy(AUDIT_ENTRY.SEQ)
                .limit(limit).fetch(AuditEntryRepository::toEntry);
    }

    /** The newest entries first, for the audit log view. */
    public List<AuditEntry> newest(int offset, int limit) {
        return dsl.selectFrom(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.SEQ.desc()).offset(offset).limit(limit)
                .fetch(AuditEntryRepository::toEntry);
    }

    public int count() {
        return dsl.fetchCount(AUDIT_ENTRY);
    }

    static AuditEntry toEntry(Record record) {
        AuditEntryRecord row = record.into(AUDIT_ENTRY);
        return new AuditEntry(row.getSeq(), row.getAt().toInstant(), row.getActor(), row.getAction(),
                row.getSubject(), row.getDetails(), row.getPrevHash(), row.getEntryHash());
    }
}
