package org.spoor.entity;

import static org.spoor.casefile.db.Tables.ENTITY;
import static org.spoor.casefile.db.Tables.ENTITY_ALIAS;
import static org.spoor.casefile.db.Tables.ENTITY_SOURCE;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.jooq.DSLContext;
import org.spoor.audit.AuditEntry;
import org.spoor.audit.CaseEventApplier;

/**
 * Applies an {@code entity.split} entry: the alias leaves the entity and becomes an entity of its own,
 * with the sources the investigator chose. Like every applier it is deterministic, and an entry whose
 * entity is gone changes nothing.
 */
public final class EntitySplitApplier implements CaseEventApplier {

    @Override
    public String action() {
        return EntityEdits.SPLIT;
    }

    @Override
    public void apply(DSLContext t, AuditEntry entry, JsonNode details) {
        long entityId = details.path("entity").asLong();
        String alias = details.path("alias").asText();
        String type = details.path("type").asText();
        if (alias.isEmpty() || !EntityMergedApplier.exists(t, entityId)) {
            return;
        }
        t.deleteFrom(ENTITY_ALIAS)
                .where(ENTITY_ALIAS.ENTITY_ID.eq(entityId))
                .and(ENTITY_ALIAS.ALIAS_KEY.eq(alias))
                .execute();
        t.insertInto(ENTITY)
                .set(ENTITY.ENTITY_TYPE, type)
                .set(ENTITY.NORMALISED_KEY, alias)
                .set(ENTITY.DISPLAY_VALUE, alias)
                .onConflictDoNothing()
                .execute();
        long newId = t.select(ENTITY.ID).from(ENTITY)
                .where(ENTITY.ENTITY_TYPE.eq(type).and(ENTITY.NORMALISED_KEY.eq(alias)))
                .fetchOne().value1();
        List<Long> sources = new ArrayList<>();
        details.path("sources").forEach(id -> sources.add(id.asLong()));
        if (!sources.isEmpty()) {
            t.update(ENTITY_SOURCE).set(ENTITY_SOURCE.ENTITY_ID, newId)
                    .where(ENTITY_SOURCE.ENTITY_ID.eq(entityId))
                    .and(ENTITY_SOURCE.ID.in(sources))
                    .execute();
        }
    }
}
