package org.spoor.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EntityRepositoryTest {

    private Connection connection;
    private EntityRepository entities;

    @BeforeEach
    void openCase() throws Exception {
        String url = "jdbc:h2:mem:entity-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        connection = DriverManager.getConnection(url, "sa", "");
        DSLContext db = DSL.using(connection, SQLDialect.H2);
        for (long id : new long[] {1, 2}) {
            db.execute("INSERT INTO exhibit (id, ref, original_name, size_bytes, sha256, md5, blob_id, entered_at)"
                    + " VALUES (?, ?, ?, 0, ?, ?, ?, ?)", id, "E" + id, "file" + id, "0".repeat(64),
                    "0".repeat(32), "b" + id, OffsetDateTime.parse("2026-01-01T00:00:00Z"));
        }
        entities = new EntityRepository(db);
    }

    @AfterEach
    void closeCase() throws Exception {
        connection.close();
    }

    @Test
    void theSameNumberInADocumentAndACallLogIsOneEntityWithTwoSources() {
        var inLetter = EntityMention.inText(EntityType.PHONE, "+84383456789", "+84 38 345 6789", "0383 456 789", 10,
                22);
        var inCallLog = new EntityMention(EntityType.PHONE, "+84383456789", "+84 38 345 6789", List.of(),
                "+84383456789", -1, -1);

        long first = entities.record(inLetter, 1, "text", "gọi 0383 456 789 nhé");
        long second = entities.record(inCallLog, 2, "calls:_id=5", null);

        assertThat(second).isEqualTo(first);
        assertThat(entities.findAll(Optional.of(EntityType.PHONE))).hasSize(1);
        assertThat(entities.sourcesOf(first)).extracting(EntitySource::exhibitId).containsExactly(1L, 2L);
    }

    @Test
    void recordingTheSameMentionTwiceAddsNoSecondSource() {
        var mention = EntityMention.inText(EntityType.EMAIL, "a@b.vn", "a@b.vn", "A@b.vn", 0, 6);
        long id = entities.record(mention, 1, "text", null);
        entities.record(mention, 1, "text", null);

        assertThat(entities.sourcesOf(id)).hasSize(1);
    }

    @Test
    void anAliasKeyFindsTheEntityItBelongsTo() {
        var current = EntityMention.inText(EntityType.PHONE, "+84383456789", "+84 38 345 6789", "0383456789", 0, 10)
                .withAliases(List.of(new EntityMention.Alias("+841683456789", "VN 2018 renumbering")));
        long id = entities.record(current, 1, "text", null);

        long viaAlias = entities.upsert(EntityType.PHONE, "+841683456789", "+84 168 345 6789");

        assertThat(viaAlias).isEqualTo(id);
        assertThat(entities.findById(id).orElseThrow().aliases()).containsExactly("+841683456789");
        assertThat(entities.find(EntityType.EMAIL, "+841683456789")).isEmpty();
    }
}
