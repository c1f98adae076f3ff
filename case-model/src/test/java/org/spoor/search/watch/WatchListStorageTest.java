package org.spoor.search.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoor.search.IndexedItem;
import org.spoor.search.SearchIndex;
import org.spoor.search.SearchQuery;

class WatchListStorageTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-05-01T09:00:00Z"), ZoneOffset.UTC);
    private Connection connection;
    private WatchListRepository lists;
    private WatchHitRepository hits;

    @BeforeEach
    void openCase() throws Exception {
        String url = "jdbc:h2:mem:watch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        connection = DriverManager.getConnection(url, "sa", "");
        DSLContext db = DSL.using(connection, SQLDialect.H2);
        db.execute("INSERT INTO exhibit (id, ref, original_name, size_bytes, sha256, md5, blob_id, entered_at)"
                + " VALUES (?, ?, ?, 0, ?, ?, ?, ?)", 5L, "E5", "zalo-export.txt", "0".repeat(64), "0".repeat(32),
                "b5", OffsetDateTime.parse("2026-05-01T08:00:00Z"));
        lists = new WatchListRepository(db, clock);
        hits = new WatchHitRepository(db, clock);
    }

    @AfterEach
    void closeCase() throws Exception {
        connection.close();
    }

    @Test
    void aSavedListComesBackWithItsEntriesInOrder() {
        WatchList saved = lists.save("Suspects", List.of("Trần Văn Bảo", " ", "+84 912 345 678"));

        assertThat(saved.id()).isPositive();
        assertThat(lists.findByName("Suspects")).contains(saved);
        assertThat(saved.entries()).containsExactly("Trần Văn Bảo", "+84 912 345 678");
    }

    @Test
    void savingUnderTheSameNameReplacesTheEntries() {
        WatchList first = lists.save("Vessels", List.of("Hải Long 09"));
        WatchList second = lists.save("Vessels", List.of("Hải Long 12", "Minh Phát"));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(lists.findAll()).containsExactly(second);
    }

    @Test
    void aWatchListHitOnANewlyIndexedItemIsRecordedOnce() {
        WatchList suspects = lists.save("Suspects", List.of("Trần Văn Bảo", "0912 345 678"));
        IndexedItem imported = new IndexedItem(5, "zalo-export.txt", "text/plain",
                "Anh Bảo (tran van bao) nhắn: hàng vảy về cảng, gọi +84 912-345-678", "vi",
                Instant.parse("2026-04-30T22:15:00Z"), "Lê Thị Hoa", "message", Map.of());
        WatchListMatcher matcher = new WatchListMatcher(lists.findAll());

        try (SearchIndex index = new SearchIndex(new ByteBuffersDirectory())) {
            index.index(imported);
            List<WatchHit> found = matcher.matches(imported);
            assertThat(hits.record(found)).isEqualTo(2);
            assertThat(hits.record(found)).isZero();
            assertThat(index.search(SearchQuery.of("tran van bao")).hits()).hasSize(1);
        }

        List<WatchHit> recorded = hits.hitsOf(suspects.id());
        assertThat(recorded).extracting(WatchHit::entry).containsExactly("Trần Văn Bảo", "0912 345 678");
        assertThat(recorded.get(0).fileName()).isEqualTo("zalo-export.txt");
        assertThat(recorded.get(0).context().marked()).contains("(«tran van bao»)");
        assertThat(recorded.get(1).context().hitTexts()).containsExactly("+84 912-345-678");
    }

    @Test
    void deletingAListDeletesItsHits() {
        WatchList list = lists.save("Suspects", List.of("bao"));
        IndexedItem item = new IndexedItem(5, "zalo-export.txt", "text/plain", "bao", "vi", null, null, "message",
                Map.of());
        hits.record(new WatchListMatcher(List.of(list)).matches(item));

        lists.delete(list.id());

        assertThat(lists.findAll()).isEmpty();
        assertThat(hits.hitsOf(list.id())).isEmpty();
    }
}
