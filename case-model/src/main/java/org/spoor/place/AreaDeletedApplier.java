package org.spoor.place;

import static org.spoor.casefile.db.Tables.AREA_OF_INTEREST;

import com.fasterxml.jackson.databind.JsonNode;
import org.jooq.DSLContext;
import org.spoor.audit.AuditEntry;
import org.spoor.audit.CaseEventApplier;

/** Removes the area an {@code area.deleted} entry names ({@code {id}}). */
public final class AreaDeletedApplier implements CaseEventApplier {

    @Override
    public String action() {
        return AreaEdits.DELETED;
    }

    @Override
    public void apply(DSLContext t, AuditEntry entry, JsonNode details) {
        t.deleteFrom(AREA_OF_INTEREST).where(AREA_OF_INTEREST.ID.eq(details.path("id").asText())).execute();
    }
}
