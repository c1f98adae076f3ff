package org.spoor.entity;

import static org.spoor.casefile.db.Tables.ENTITY;
import static org.spoor.casefile.db.Tables.ENTITY_ALIAS;
import static org.spoor.casefile.db.Tables.ENTITY_SOURCE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.spoor.casefile.db.tables.records.EntitySourceRecord;

/**
 * Entities of a case, one per real-world identifier: recording a mention upserts the entity by its
 * normalised key (or by a known alias) and adds the mention as one more source.
 */
public final class EntityRepository {

    private static final int CONTEXT_LIMIT = 1000;

    private final DSLContext db;

    public EntityRepository(DSLContext db) {
        this.db = db;
    }

    /** Stores a mention found in an exhibit: entity upserted, aliases added, source added once. */
    public long record(EntityMention mention, long exhibitId, String sourceLocator, String context) {
        long entityId = upsert(mention.type(), mention.normalisedKey(), mention.displayValue());
        for (EntityMention.Alias alias : mention.aliases()) {
            addAlias(entityId, alias.key(), alias.reason());
        }
        addSource(new EntitySource(null, entityId, exhibitId, sourceLocator, mention.rawValue(),
                mention.startOffset(), mention.endOffset(), context));
        return entityId;
    }

    /** The id of the entity with this key (or alias), created if new. */
    public long upsert(EntityType type, String normalisedKey, String displayValue) {
        Optional<Long> existing = idOf(type, normalisedKey);
        if (existing.isPresent()) {
            return existing.get();
        }
        // INSERT ... WHERE NOT EXISTS, not ON CONFLICT: H2 runs the latter as a MERGE that reads the whole table.
        insertUnlessRacing(() -> db.insertInto(ENTITY, ENTITY.ENTITY_TYPE, ENTITY.NORMALISED_KEY, ENTITY.DISPLAY_VALUE)
                .select(DSL.select(DSL.val(type.name()), DSL.val(normalisedKey), DSL.val(displayValue))
                        .whereNotExists(DSL.selectOne().from(ENTITY).where(ENTITY.ENTITY_TYPE.eq(type.name())
                                .and(ENTITY.NORMALISED_KEY.eq(normalisedKey)))))
                .execute());
        return idOf(type, normalisedKey).orElseThrow();
    }

    public Optional<Long> idOf(EntityType type, String key) {
        Optional<Long> direct = db.select(ENTITY.ID).from(ENTITY)
                .where(ENTITY.ENTITY_TYPE.eq(type.name()).and(ENTITY.NORMALISED_KEY.eq(key)))
                .fetchOptional(ENTITY.ID);
        if (direct.isPresent()) {
            return direct;
        }
        // From the alias key's index; a join on the type would read every entity of that type.
        List<Long> aliased = db.select(ENTITY_ALIAS.ENTITY_ID).from(ENTITY_ALIAS)
                .where(ENTITY_ALIAS.ALIAS_KEY.eq(key))
                .fetch(ENTITY_ALIAS.ENTITY_ID);
        if (aliased.isEmpty()) {
            return Optional.empty();
        }
        return db.select(ENTITY.ID).from(ENTITY)
                .where(ENTITY.ID.in(aliased).and(ENTITY.ENTITY_TYPE.eq(type.name())))
                .orderBy(ENTITY.ID)
                .limit(1)
                .fetchOptional(ENTITY.ID);
    }

    public void addAlias(long entityId, String aliasKey, String reason) {
        insertUnlessRacing(() -> db.insertInto(ENTITY_ALIAS, ENTITY_ALIAS.ENTITY_ID, ENTITY_ALIAS.ALIAS_KEY,
                        ENTITY_ALIAS.REASON)
                .select(DSL.select(DSL.val(entityId), DSL.val(aliasKey), DSL.val(reason))
                        .whereNotExists(DSL.selectOne().from(ENTITY_ALIAS).where(ENTITY_ALIAS.ENTITY_ID.eq(entityId)
                                .and(ENTITY_ALIAS.ALIAS_KEY.eq(aliasKey)))))
                .execute());
    }

    /**
     * Import workers record entities concurrently. H2 runs {@code ON CONFLICT DO NOTHING} as a MERGE that
     * can still hit the unique key when another worker inserts the same row at the same moment; that row
     * is then there, which is all the caller wanted. Returns the rows inserted (0 when another won).
     */
    private static int insertUnlessRacing(java.util.function.IntSupplier insert) {
        try {
            return insert.getAsInt();
        } catch (org.jooq.exception.IntegrityConstraintViolationException anotherWorkerInsertedIt) {
            return 0;
        }
    }

    /** Adds a source unless the same place was already recorded; true if it was new. */
    public boolean addSource(EntitySource source) {
        String context = source.context();
        if (context != null && context.length() > CONTEXT_LIMIT) {
            context = context.substring(0, CONTEXT_LIMIT);
        }
        String kept = context;
        return insertUnlessRacing(() -> db.insertInto(ENTITY_SOURCE, ENTITY_SOURCE.ENTITY_ID, ENTITY_SOURCE.EXHIBIT_ID,
                        ENTITY_SOURCE.SOURCE_LOCATOR, ENTITY_SOURCE.RAW_VALUE, ENTITY_SOURCE.START_OFFSET,
                        ENTITY_SOURCE.END_OFFSET, ENTITY_SOURCE.CONTEXT)
                .select(DSL.select(DSL.val(source.entityId()), DSL.val(source.exhibitId()),
                                DSL.val(source.sourceLocator()), DSL.val(source.rawValue()),
                                DSL.val(source.startOffset()), DSL.val(source.endOffset()), DSL.val(kept))
                        .whereNotExists(DSL.selectOne().from(ENTITY_SOURCE).where(
                                ENTITY_SOURCE.ENTITY_ID.eq(source.entityId())
                                        .and(ENTITY_SOURCE.EXHIBIT_ID.eq(source.exhibitId()))
                                        .and(ENTITY_SOURCE.SOURCE_LOCATOR.eq(source.sourceLocator()))
                                        .and(ENTITY_SOURCE.START_OFFSET.eq(source.startOffset())))))
                .execute()) > 0;
    }

    public Optional<Entity> find(EntityType type, String key) {
        return idOf(type, key).flatMap(this::findById);
    }

    public Optional<Entity> findById(long id) {
        Map<Long, List<String>> aliases = aliasesWhere(ENTITY_ALIAS.ENTITY_ID.eq(id));
        return db.selectFrom(ENTITY).where(ENTITY.ID.eq(id))
                .fetchOptional(r -> new Entity(r.getId(), EntityType.valueOf(r.getEntityType()),
                        r.getNormalisedKey(), r.getDisplayValue(), aliases.getOrDefault(r.getId(), List.of())));
    }

    /** All entities, or those of one type when given, ordered by type and key. */
    public List<Entity> findAll(Optional<EntityType> type) {
        Condition condition = type.map(t -> ENTITY.ENTITY_TYPE.eq(t.name())).orElse(DSL.noCondition());
        Map<Long, List<String>> aliases = aliasesWhere(ENTITY_ALIAS.ENTITY_ID.in(
                db.select(ENTITY.ID).from(ENTITY).where(condition)));
        return db.selectFrom(ENTITY).where(condition)
                .orderBy(ENTITY.ENTITY_TYPE, ENTITY.NORMALISED_KEY)
                .fetch(r -> new Entity(r.getId(), EntityType.valueOf(r.getEntityType()), r.getNormalisedKey(),
                        r.getDisplayValue(), aliases.getOrDefault(r.getId(), List.of())));
    }

    public List<EntitySource> sourcesOf(long entityId) {
        List<EntitySource> sources = new ArrayList<>();
        forEachSource(entityId, sources::add);
        return sources;
    }

    /**
     * Calls {@code each} with the entity's sources, by exhibit, through a cursor: a species named in 125,000
     * messages of one phone is listed without holding them.
     */
    public void forEachSource(long entityId, Consumer<EntitySource> each) {
        try (Cursor<EntitySourceRecord> rows = db.selectFrom(ENTITY_SOURCE)
                .where(ENTITY_SOURCE.ENTITY_ID.eq(entityId))
                .orderBy(ENTITY_SOURCE.EXHIBIT_ID, ENTITY_SOURCE.ID)
                .fetchSize(1_000).fetchLazy()) {
            for (EntitySourceRecord r : rows) {
                each.accept(new EntitySource(r.getId(), r.getEntityId(), r.getExhibitId(), r.getSourceLocator(),
                        r.getRawValue(), r.getStartOffset(), r.getEndOffset(), r.getContext()));
            }
        }
    }

    /** How many sources each entity has, by entity id (entities without sources are absent). */
    public Map<Long, Integer> sourceCounts() {
        return db.select(ENTITY_SOURCE.ENTITY_ID, DSL.count()).from(ENTITY_SOURCE)
                .groupBy(ENTITY_SOURCE.ENTITY_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    private Map<Long, List<String>> aliasesWhere(Condition condition) {
        return db.selectFrom(ENTITY_ALIAS).where(condition).orderBy(ENTITY_ALIAS.ID)
                .fetchGroups(ENTITY_ALIAS.ENTITY_ID, ENTITY_ALIAS.ALIAS_KEY);
    }
}
