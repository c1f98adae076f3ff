package org.spoor.entity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Records the mentions of one large source (a phone database of a million messages) with few statements:
 * entity ids are remembered (a phone repeats the same few thousand numbers, species and weights), aliases
 * stored once per entity, and sources queued and inserted in JDBC batches. Same rows as
 * {@link EntityRepository#record}; call {@link #flush()} before the transaction ends. Not thread-safe.
 */
public final class EntityBatch {

    /** Sources per JDBC batch: enough to amortise the round trip, small enough to keep memory flat. */
    private static final int BATCH = 2_000;
    /** Entity ids remembered; beyond this the least recently used are looked up again. */
    private static final int KNOWN_LIMIT = 50_000;
    private static final int CONTEXT_LIMIT = 1000;

    /**
     * The same place is one source (the unique key of entity_source); a source already there is skipped
     * by the statement itself, so no failed statement can spoil the transaction on PostgreSQL either.
     */
    private static final String INSERT_SOURCE = """
            INSERT INTO entity_source (entity_id, exhibit_id, source_locator, raw_value, start_offset, end_offset,
                context)
            SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS VARCHAR(1000)), CAST(? AS VARCHAR(1000)),
                CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS VARCHAR(1000))
            WHERE NOT EXISTS (
                SELECT 1 FROM entity_source
                WHERE entity_id = ? AND exhibit_id = ? AND source_locator = ? AND start_offset = ?)
            """;

    private final DSLContext db;
    private final EntityRepository entities;
    private final Map<String, Long> known = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > KNOWN_LIMIT;
        }
    };
    private final Set<String> aliasesStored = new HashSet<>();
    private final List<EntitySource> pending = new ArrayList<>(BATCH);
    private final Set<EntitySource> pendingPlaces = new HashSet<>();

    public EntityBatch(DSLContext db) {
        this.db = db;
        this.entities = new EntityRepository(db);
    }

    /** Queues a mention found in an exhibit: the entity is upserted now, its source written at the next flush. */
    public long record(EntityMention mention, long exhibitId, String sourceLocator, String context) {
        String cacheKey = mention.type().name() + '\u0000' + mention.normalisedKey();
        Long entityId = known.get(cacheKey);
        if (entityId == null) {
            entityId = entities.upsert(mention.type(), mention.normalisedKey(), mention.displayValue());
            known.put(cacheKey, entityId);
        }
        for (EntityMention.Alias alias : mention.aliases()) {
            boolean unseen = aliasesStored.size() >= KNOWN_LIMIT
                    || aliasesStored.add(entityId + "\u0000" + alias.key());
            if (unseen) {
                entities.addAlias(entityId, alias.key(), alias.reason());
            }
        }
        String kept = context != null && context.length() > CONTEXT_LIMIT ? context.substring(0, CONTEXT_LIMIT)
                : context;
        EntitySource source = new EntitySource(null, entityId, exhibitId, sourceLocator, mention.rawValue(),
                mention.startOffset(), mention.endOffset(), kept);
        // The same place twice in one batch (a number that is both sender and recipient) is one source.
        if (pendingPlaces.add(place(source))) {
            pending.add(source);
        }
        if (pending.size() >= BATCH) {
            flush();
        }
        return entityId;
    }

    /** Writes the queued sources. */
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        db.connection(connection -> insert(connection, pending));
        pending.clear();
        pendingPlaces.clear();
    }

    private static EntitySource place(EntitySource s) {
        return new EntitySource(null, s.entityId(), s.exhibitId(), s.sourceLocator(), null, s.startOffset(), 0,
                null);
    }

    private static void insert(Connection connection, List<EntitySource> sources) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(INSERT_SOURCE)) {
            for (EntitySource s : sources) {
                st.setLong(1, s.entityId());
                st.setLong(2, s.exhibitId());
                st.setString(3, s.sourceLocator());
                st.setString(4, s.rawValue());
                st.setInt(5, s.startOffset());
                st.setInt(6, s.endOffset());
                if (s.context() == null) {
                    st.setNull(7, Types.VARCHAR);
                } else {
                    st.setString(7, s.context());
                }
                st.setLong(8, s.entityId());
                st.setLong(9, s.exhibitId());
                st.setString(10, s.sourceLocator());
                st.setInt(11, s.startOffset());
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
