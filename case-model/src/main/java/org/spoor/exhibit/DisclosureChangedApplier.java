package org.spoor.exhibit;

import static org.spoor.casefile.db.Tables.EXHIBIT;

import com.fasterxml.jackson.databind.JsonNode;
import org.jooq.DSLContext;
import org.spoor.audit.AuditEntry;
import org.spoor.audit.CaseEventApplier;

/**
 * Writes an exhibit's new disclosure marking from an {@code exhibit.disclosure.changed} entry
 * ({@code {exhibitId, disclosure, reason}}), so replaying the custody journal restores it.
 */
public final class DisclosureChangedApplier implements CaseEventApplier {

    public static final String ACTION = "exhibit.disclosure.changed";

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public void apply(DSLContext transaction, AuditEntry entry, JsonNode details) {
        Disclosure disclosure = Disclosure.valueOf(details.path("disclosure").asText());
        transaction.update(EXHIBIT)
                .set(EXHIBIT.DISCLOSURE, disclosure.name())
                .where(EXHIBIT.ID.eq(details.path("exhibitId").asLong()))
                .execute();
    }
}
