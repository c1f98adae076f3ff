package org.spoor.search.watch;

import static org.spoor.casefile.db.Tables.WATCH_LIST;
import static org.spoor.casefile.db.Tables.WATCH_LIST_ENTRY;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The case's watch-lists: named lists of entries, kept in the case database. */
public final class WatchListRepository {

    private final DSLContext db;
    private final Clock clock;

    public WatchListRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Creates the list, or replaces the entries of the list of that name; returns it as stored. */
    public WatchList save(String name, List<String> entries) {
        WatchList wanted = new WatchList(0, name, entries);
        long id = db.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            Long existing = tx.select(WATCH_LIST.ID).from(WATCH_LIST).where(WATCH_LIST.NAME.eq(name))
                    .fetchOne(WATCH_LIST.ID);
            long listId = existing != null ? existing : tx.insertInto(WATCH_LIST)
                    .set(WATCH_LIST.NAME, name)
                    .set(WATCH_LIST.CREATED_AT, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .returningResult(WATCH_LIST.ID)
                    .fetchOne(WATCH_LIST.ID);
            tx.deleteFrom(WATCH_LIST_ENTRY).where(WATCH_LIST_ENTRY.WATCH_LIST_ID.eq(listId)).execute();
            for (int i = 0; i < wanted.entries().size(); i++) {
                tx.insertInto(WATCH_LIST_ENTRY)
                        .set(WATCH_LIST_ENTRY.WATCH_LIST_ID, listId)
                        .set(WATCH_LIST_ENTRY.ENTRY_ORDER, i)
                        .set(WATCH_LIST_ENTRY.ENTRY_TEXT, wanted.entries().get(i))
                        .execute();
            }
            return listId;
        });
        return new WatchList(id, name, wanted.entries());
    }

    /** Every list, by name: what a new import is checked against. */
    public List<WatchList> findAll() {
        return db.select(WATCH_LIST.ID, WATCH_LIST.NAME).from(WATCH_LIST).orderBy(WATCH_LIST.NAME)
                .fetch(this::withEntries);
    }

    public Optional<WatchList> findByName(String name) {
        return db.select(WATCH_LIST.ID, WATCH_LIST.NAME).from(WATCH_LIST).where(WATCH_LIST.NAME.eq(name))
                .fetchOptional(this::withEntries);
    }

    /** Deletes the list with its entries and its recorded hits. */
    public void delete(long watchListId) {
        db.deleteFrom(WATCH_LIST).where(WATCH_LIST.ID.eq(watchListId)).execute();
    }

    private WatchList withEntries(Record row) {
        long id = row.get(WATCH_LIST.ID);
        List<String> entries = db.select(WATCH_LIST_ENTRY.ENTRY_TEXT).from(WATCH_LIST_ENTRY)
                .where(WATCH_LIST_ENTRY.WATCH_LIST_ID.eq(id))
                .orderBy(WATCH_LIST_ENTRY.ENTRY_ORDER)
                .fetch(WATCH_LIST_ENTRY.ENTRY_TEXT);
        return new WatchList(id, row.get(WATCH_LIST.NAME), entries);
    }
}
