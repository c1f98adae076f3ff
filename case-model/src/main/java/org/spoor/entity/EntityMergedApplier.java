package org.spoor.entity;

import static org.spoor.casefile.db.Tables.ENTITY;
import static org.spoor.casefile.db.Tables.ENTITY_ALIAS;
import static org.spoor.casefile.db.Tables.ENTITY_SOURCE;

import com.fasterxml.jackson.databind.JsonNode;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.spoor.audit.AuditEntry;
import org.spoor.audit.CaseEventApplier;

/**
 * Applies an {@code entity.merged} entry: the absorbed entity's sources and aliases move to the kept
 * one, its key becomes an alias, and it is removed. Entries replayed after a crash find the same rows;
 * an entry whose entities are gone changes nothing rather than stopping the case from opening.
 */
public final class EntityMergedApplier implements CaseEventApplier {

    /** Why the absorbed key is an alias, as {@code entity_alias.reason} says it. */
    public static final String REASON = "merged by hand";

    @Override
    public String action() {
        return EntityEdits.MERGED;
    }

    @Override
    public void apply(DSLContext t, AuditEntry entry, JsonNode details) {
        long kept = details.path("kept").asLong();
        long absorbed = details.path("absorbed").asLong();
        if (kept == absorbed || !exists(t, kept) || !exists(t, absorbed)) {
            return;
        }
        org.spoor.casefile.db.tables.EntitySource same = ENTITY_SOURCE.as("same");
        // A place both entities were found at would break the one-source-per-place rule: keep the kept's.
        t.deleteFrom(ENTITY_SOURCE)
                .where(ENTITY_SOURCE.ENTITY_ID.eq(absorbed))
                .and(DSL.exists(DSL.selectOne().from(same)
                        .where(same.ENTITY_ID.eq(kept))
                        .and(same.EXHIBIT_ID.eq(ENTITY_SOURCE.EXHIBIT_ID))
                        .and(same.SOURCE_LOCATOR.eq(ENTITY_SOURCE.SOURCE_LOCATOR))
                        .and(same.START_OFFSET.eq(ENTITY_SOURCE.START_OFFSET))))
                .execute();
        t.update(ENTITY_SOURCE).set(ENTITY_SOURCE.ENTITY_ID, kept)
                .where(ENTITY_SOURCE.ENTITY_ID.eq(absorbed)).execute();
        String keptKey = t.select(ENTITY.NORMALISED_KEY).from(ENTITY).where(ENTITY.ID.eq(kept)).fetchOne().value1();
        t.selectFrom(ENTITY_ALIAS).where(ENTITY_ALIAS.ENTITY_ID.eq(absorbed)).fetch()
                .forEach(alias -> addAlias(t, kept, keptKey, alias.getAliasKey(), alias.getReason()));
        t.deleteFrom(ENTITY_ALIAS).where(ENTITY_ALIAS.ENTITY_ID.eq(absorbed)).execute();
        String absorbedKey = t.select(ENTITY.NORMALISED_KEY).from(ENTITY).where(ENTITY.ID.eq(absorbed))
                .fetchOne().value1();
        t.deleteFrom(ENTITY).where(ENTITY.ID.eq(absorbed)).execute();
        addAlias(t, kept, keptKey, absorbedKey, REASON);
    }

    private static void addAlias(DSLContext t, long entityId, String entityKey, String aliasKey, String reason) {
        if (aliasKey.equals(entityKey)) {
            return;
        }
        t.insertInto(ENTITY_ALIAS)
                .set(ENTITY_ALIAS.ENTITY_ID, entityId)
                .set(ENTITY_ALIAS.ALIAS_KEY, aliasKey)
                .set(ENTITY_ALIAS.REASON, reason)
                .onConflictDoNothing()
                .execute();
    }

    static boolean exists(DSLContext t, long id) {
        return t.fetchExists(ENTITY, ENTITY.ID.eq(id));
    }
}
