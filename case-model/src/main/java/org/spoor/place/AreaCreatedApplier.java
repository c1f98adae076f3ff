package org.spoor.place;

import static org.spoor.casefile.db.Tables.AREA_OF_INTEREST;

import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import org.jooq.DSLContext;
import org.spoor.audit.AuditEntry;
import org.spoor.audit.CaseEventApplier;

/**
 * Writes the area an {@code area.created} entry names ({@code {id, name, note, geometry}}); the entry's
 * actor and time are who drew it and when. A replayed entry whose area exists changes nothing.
 */
public final class AreaCreatedApplier implements CaseEventApplier {

    @Override
    public String action() {
        return AreaEdits.CREATED;
    }

    @Override
    public void apply(DSLContext t, AuditEntry entry, JsonNode details) {
        String id = details.path("id").asText();
        if (t.fetchExists(AREA_OF_INTEREST, AREA_OF_INTEREST.ID.eq(id))) {
            return;
        }
        t.insertInto(AREA_OF_INTEREST)
                .set(AREA_OF_INTEREST.ID, id)
                .set(AREA_OF_INTEREST.NAME, details.path("name").asText())
                .set(AREA_OF_INTEREST.NOTE, details.path("note").asText(""))
                .set(AREA_OF_INTEREST.GEOMETRY_WKT, details.path("geometry").asText())
                .set(AREA_OF_INTEREST.CREATED_BY, entry.actor())
                .set(AREA_OF_INTEREST.CREATED_AT, entry.at().atOffset(ZoneOffset.UTC))
                .execute();
    }
}
