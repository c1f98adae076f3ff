package org.spoor.custody;

import static org.spoor.casefile.db.Tables.CUSTODY_EVENT;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads the chain of custody; events are written by the audit log's appliers. */
public final class CustodyRepository {

    private final DSLContext dsl;

    public CustodyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<CustodyEvent> forExhibit(long exhibitId) {
        return dsl.selectFrom(CUSTODY_EVENT).where(CUSTODY_EVENT.EXHIBIT_ID.eq(exhibitId))
                .orderBy(CUSTODY_EVENT.AT, CUSTODY_EVENT.ID)
                .fetch(row -> new CustodyEvent(row.getId(), row.getExhibitId(), row.getAt().toInstant(),
                        row.getActor(), row.getAction(), row.getPlace(), row.getReason(), row.getAuditSeq()));
    }

    public int count() {
        return dsl.fetchCount(CUSTODY_EVENT);
    }

    long maxId() {
        Long max = dsl.select(DSL.max(CUSTODY_EVENT.ID)).from(CUSTODY_EVENT).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }
}
