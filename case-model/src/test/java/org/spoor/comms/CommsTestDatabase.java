package org.spoor.comms;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** An in-memory H2 case database with every migration applied and exhibits to cite. */
final class CommsTestDatabase implements AutoCloseable {

    private final Connection keepAlive;
    final DSLContext db;

    CommsTestDatabase() throws SQLException {
        String url = "jdbc:h2:mem:comms-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        keepAlive = DriverManager.getConnection(url, "sa", "");
        db = DSL.using(keepAlive, SQLDialect.H2);
    }

    long exhibit(long id, String name) {
        db.execute("INSERT INTO exhibit (id, ref, original_name, size_bytes, sha256, md5, blob_id, entered_at)"
                + " VALUES (?, ?, ?, 0, ?, ?, ?, ?)", id, "E" + id, name, "0".repeat(64), "0".repeat(32),
                "blob" + id, OffsetDateTime.parse("2026-01-01T00:00:00Z"));
        return id;
    }

    @Override
    public void close() throws SQLException {
        keepAlive.close();
    }
}
