package org.spoor.search.watch;

import static org.spoor.casefile.db.Tables.EXHIBIT;
import static org.spoor.casefile.db.Tables.WATCH_LIST;
import static org.spoor.casefile.db.Tables.WATCH_LIST_HIT;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.spoor.search.snippet.HitSpan;
import org.spoor.search.snippet.Snippet;

/** Watch-list entries found in exhibits, recorded so the alert survives the import that raised it. */
public final class WatchHitRepository {

    private final DSLContext db;
    private final Clock clock;

    public WatchHitRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Records the hits not recorded before (same list, entry and exhibit); a resumed import may
     * report a hit twice. Returns how many were new.
     */
    public int record(List<WatchHit> hits) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return db.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            int added = 0;
            for (WatchHit hit : hits) {
                boolean known = tx.fetchExists(WATCH_LIST_HIT, WATCH_LIST_HIT.WATCH_LIST_ID.eq(hit.watchListId())
                        .and(WATCH_LIST_HIT.ENTRY_TEXT.eq(hit.entry()))
                        .and(WATCH_LIST_HIT.EXHIBIT_ID.eq(hit.exhibitId())));
                if (known) {
                    continue;
                }
                HitSpan span = hit.context().hits().isEmpty() ? null : hit.context().hits().get(0);
                tx.insertInto(WATCH_LIST_HIT)
                        .set(WATCH_LIST_HIT.WATCH_LIST_ID, hit.watchListId())
                        .set(WATCH_LIST_HIT.ENTRY_TEXT, hit.entry())
                        .set(WATCH_LIST_HIT.EXHIBIT_ID, hit.exhibitId())
                        .set(WATCH_LIST_HIT.CONTEXT, hit.context().text())
                        .set(WATCH_LIST_HIT.HIT_START, span == null ? 0 : span.start())
                        .set(WATCH_LIST_HIT.HIT_END, span == null ? 0 : span.end())
                        .set(WATCH_LIST_HIT.FOUND_AT, now)
                        .execute();
                added++;
            }
            return added;
        });
    }

    /** The hits of one list, oldest first, each naming the exhibit's original file name. */
    public List<WatchHit> hitsOf(long watchListId) {
        return db.select(WATCH_LIST_HIT.WATCH_LIST_ID, WATCH_LIST.NAME, WATCH_LIST_HIT.ENTRY_TEXT,
                        WATCH_LIST_HIT.EXHIBIT_ID, EXHIBIT.ORIGINAL_NAME, WATCH_LIST_HIT.CONTEXT,
                        WATCH_LIST_HIT.HIT_START, WATCH_LIST_HIT.HIT_END)
                .from(WATCH_LIST_HIT)
                .join(WATCH_LIST).on(WATCH_LIST.ID.eq(WATCH_LIST_HIT.WATCH_LIST_ID))
                .join(EXHIBIT).on(EXHIBIT.ID.eq(WATCH_LIST_HIT.EXHIBIT_ID))
                .where(WATCH_LIST_HIT.WATCH_LIST_ID.eq(watchListId))
                .orderBy(WATCH_LIST_HIT.ID)
                .fetch(row -> new WatchHit(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        context(row.value6(), row.value7(), row.value8())));
    }

    private static Snippet context(String text, int start, int end) {
        return new Snippet(text, end > start ? List.of(new HitSpan(start, end)) : List.of());
    }
}
