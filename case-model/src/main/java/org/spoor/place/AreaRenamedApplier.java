package org.spoor.place;

import static org.spoor.casefile.db.Tables.AREA_OF_INTEREST;

import com.fasterxml.jackson.databind.JsonNode;
import org.jooq.DSLContext;
import org.spoor.audit.AuditEntry;
import org.spoor.audit.CaseEventApplier;

/** Writes the new name and note of an {@code area.renamed} entry ({@code {id, name, note}}). */
public final class AreaRenamedApplier implements CaseEventApplier {

    @Override
    public String action() {
        return AreaEdits.RENAMED;
    }

    @Override
    public void apply(DSLContext t, AuditEntry entry, JsonNode details) {
        t.update(AREA_OF_INTEREST)
                .set(AREA_OF_INTEREST.NAME, details.path("name").asText())
                .set(AREA_OF_INTEREST.NOTE, details.path("note").asText(""))
                .where(AREA_OF_INTEREST.ID.eq(details.path("id").asText()))
                .execute();
    }
}
