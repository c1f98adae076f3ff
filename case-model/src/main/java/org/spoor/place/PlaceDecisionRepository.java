package org.spoor.place;

import static org.spoor.casefile.db.Tables.PLACE_DECISION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.spoor.casefile.db.tables.records.PlaceDecisionRecord;

/** Reads the decisions on geocoded places; written only through {@link PlaceDecisions} and its appliers. */
public final class PlaceDecisionRepository {

    private final DSLContext db;

    public PlaceDecisionRepository(DSLContext db) {
        this.db = db;
    }

    public List<PlaceDecision> all() {
        return db.selectFrom(PLACE_DECISION).orderBy(PLACE_DECISION.DECIDED_AT, PLACE_DECISION.PLACE_KEY)
                .fetch(PlaceDecisionRepository::toDecision);
    }

    /** Every decision by its key's text: what the map looks up once per geocoded place. */
    public Map<String, PlaceDecision> byKey() {
        Map<String, PlaceDecision> map = new LinkedHashMap<>();
        all().forEach(d -> map.put(d.key().text(), d));
        return map;
    }

    public Optional<PlaceDecision> find(PlaceKey key) {
        return db.selectFrom(PLACE_DECISION).where(PLACE_DECISION.PLACE_KEY.eq(key.text()))
                .fetchOptional(PlaceDecisionRepository::toDecision);
    }

    private static PlaceDecision toDecision(PlaceDecisionRecord row) {
        PlaceKey key = new PlaceKey(row.getExhibitRef(), row.getSpanStart(), row.getSpanEnd(),
                row.getCandidatePlace());
        return new PlaceDecision(key, row.getMatchedText(), PlaceDecision.Verdict.valueOf(row.getDecision()),
                row.getReason(), row.getDecidedBy(), row.getDecidedAt().toInstant());
    }
}
