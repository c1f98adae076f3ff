package org.spoor.casefile;

import static org.spoor.casefile.db.Tables.APP_USER;
import static org.spoor.casefile.db.Tables.CASE_INFO;

import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import org.jooq.DSLContext;
import org.spoor.audit.AuditActions;
import org.spoor.audit.AuditEntry;
import org.spoor.audit.CaseEventApplier;

/** Writes the case description and its first user from the {@code case.created} entry. */
final class CaseCreatedApplier implements CaseEventApplier {

    @Override
    public String action() {
        return AuditActions.CASE_CREATED;
    }

    @Override
    public void apply(DSLContext transaction, AuditEntry entry, JsonNode details) {
        transaction.insertInto(CASE_INFO)
                .set(CASE_INFO.ID, 1)
                .set(CASE_INFO.CASE_UUID, details.path("caseId").asText())
                .set(CASE_INFO.TITLE, details.path("title").asText())
                .set(CASE_INFO.COUNTRY, details.path("country").asText(null))
                .set(CASE_INFO.JURISDICTION, details.path("jurisdiction").asText(null))
                .set(CASE_INFO.INVESTIGATOR, details.path("investigator").asText(null))
                .set(CASE_INFO.UNIT, details.path("unit").asText(null))
                .set(CASE_INFO.CREATED_AT, entry.at().atOffset(ZoneOffset.UTC))
                .execute();
        transaction.insertInto(APP_USER)
                .set(APP_USER.ID, 1L)
                .set(APP_USER.NAME, entry.actor())
                .set(APP_USER.ROLE, "INVESTIGATOR")
                .set(APP_USER.CREATED_AT, entry.at().atOffset(ZoneOffset.UTC))
                .execute();
    }
}
