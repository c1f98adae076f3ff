package org.spoor.casefile.bench;

import static org.spoor.casefile.db.Tables.EXHIBIT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.spoor.casefile.CaseDetails;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.CaseOptions;
import org.spoor.casefile.crypto.KdfParameters;
import org.spoor.exhibit.NewExhibit;
import org.spoor.exhibit.SeizureFacts;

/**
 * Exhibit insert rate, side by side: plain H2 file, H2 with {@code CIPHER=AES} (same settings as a case),
 * and Spoor's full registration path (custody journal fsync + audit chain + exhibit + custody rows).
 * Usage: bench/casefile/run [rows=20000] [registrations=2000]
 */
public final class ExhibitInsertBench {

    private ExhibitInsertBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int registrations = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path work = Files.createTempDirectory("spoor-insert-bench");
        double plain = insertRate(work.resolve("plain/db"), "", rows);
        double aes = insertRate(work.resolve("aes/db"), ";CIPHER=AES", rows);
        double registered = registrationRate(work.resolve("case.spoor"), registrations);
        System.out.printf("exhibit rows, plain H2 file      : %,10.0f rows/s (1.00x)%n", plain);
        System.out.printf("exhibit rows, H2 CIPHER=AES      : %,10.0f rows/s (%.2fx of plain)%n", aes, aes / plain);
        System.out.printf("full registration (journal fsync): %,10.0f exhibits/s (%.3fx of plain)%n", registered,
                registered / plain);
    }

    /** One committed transaction per row, as an import that acknowledges each item would do. */
    private static double insertRate(Path base, String cipher, int rows) throws Exception {
        Files.createDirectories(base.getParent());
        String password = cipher.isEmpty() ? "user" : HexFormat.of().formatHex(new byte[32]) + " user";
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:file:" + base + cipher
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0", "SPOOR", password);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            DSLContext dsl = DSL.using(pool, SQLDialect.H2);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            long start = System.nanoTime();
            for (int i = 1; i <= rows; i++) {
                long id = i;
                dsl.transaction(c -> c.dsl().insertInto(EXHIBIT).set(EXHIBIT.ID, id).set(EXHIBIT.REF, "SPR-" + id)
                        .set(EXHIBIT.ORIGINAL_NAME, "item-" + id + ".jpg").set(EXHIBIT.ORIGINAL_PATH, "/seized/" + id)
                        .set(EXHIBIT.SIZE_BYTES, 1000L).set(EXHIBIT.SHA256, "a".repeat(64))
                        .set(EXHIBIT.MD5, "b".repeat(32)).set(EXHIBIT.BLOB_ID, "c".repeat(64))
                        .set(EXHIBIT.ENTERED_AT, now).execute());
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.dispose();
        }
    }

    private static double registrationRate(Path dir, int count) throws Exception {
        CaseOptions options = CaseOptions.defaults("bench").withKdf(() -> KdfParameters.argon2id(8 * 1024, 1, 1));
        try (CaseFile caseFile = CaseFile.create(dir, CaseDetails.draft("Bench", "VN", null, null),
                "bench".toCharArray(), options)) {
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                caseFile.registry().register("bench", new NewExhibit(null, "bench", "item-" + i, "/seized/" + i, 1000,
                        "a".repeat(64), "b".repeat(32), "c".repeat(64), "image/jpeg", SeizureFacts.unknown(), null),
                        "bench");
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }
}
