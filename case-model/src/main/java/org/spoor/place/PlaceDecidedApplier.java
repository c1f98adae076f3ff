package org.spoor.place;

import static org.spoor.casefile.db.Tables.PLACE_DECISION;

import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import org.jooq.DSLContext;
import org.spoor.audit.AuditEntry;
import org.spoor.audit.CaseEventApplier;

/**
 * Stores the decision of a {@code place.confirmed} or {@code place.rejected} entry under its key,
 * replacing an earlier one: replaying the journal in order leaves the newest decision.
 */
abstract class PlaceDecidedApplier implements CaseEventApplier {

    private final PlaceDecision.Verdict verdict;

    PlaceDecidedApplier(PlaceDecision.Verdict verdict) {
        this.verdict = verdict;
    }

    @Override
    public void apply(DSLContext t, AuditEntry entry, JsonNode details) {
        String key = details.path("key").asText();
        t.deleteFrom(PLACE_DECISION).where(PLACE_DECISION.PLACE_KEY.eq(key)).execute();
        t.insertInto(PLACE_DECISION)
                .set(PLACE_DECISION.PLACE_KEY, key)
                .set(PLACE_DECISION.EXHIBIT_REF, details.path("exhibit").asText())
                .set(PLACE_DECISION.SPAN_START, details.path("start").asInt())
                .set(PLACE_DECISION.SPAN_END, details.path("end").asInt())
                .set(PLACE_DECISION.CANDIDATE_PLACE, details.path("place").asText())
                .set(PLACE_DECISION.MATCHED_TEXT, details.path("text").asText())
                .set(PLACE_DECISION.DECISION, verdict.name())
                .set(PLACE_DECISION.REASON, details.path("reason").asText(""))
                .set(PLACE_DECISION.DECIDED_BY, entry.actor())
                .set(PLACE_DECISION.DECIDED_AT, entry.at().atOffset(ZoneOffset.UTC))
                .execute();
    }
}
