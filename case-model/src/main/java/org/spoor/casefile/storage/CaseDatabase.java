package org.spoor.casefile.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.spoor.casefile.crypto.SecretBytes;
import org.spoor.casefile.crypto.SubKeys;

/**
 * The case's H2 database: the storage adapter, and the only place that knows it is H2.
 *
 * <p>H2's own encryption is AES-128-XTS keyed through 10 rounds of PBKDF2 and has no integrity, so it
 * gets high-entropy keys derived from the data key, never a human password, and Spoor's own hashes and
 * audit chain detect tampering. {@code WRITE_DELAY=0} because with H2's default delay a SIGKILL lost
 * commits that had already returned; {@code TRACE_LEVEL_FILE=0} because the {@code .trace.db} is
 * plaintext and logs SQL literals.
 */
public final class CaseDatabase implements AutoCloseable {

    static {
        // Refuse to load any user class (triggers, Java aliases, linked-table drivers) from a case
        // database: a case file is untrusted input. Read once by H2 when its classes initialise.
        System.setProperty("h2.allowedClasses", "org.spoor.casefile.storage.NoUserClassesAllowed");
    }

    private static final String USER = "SPOOR";

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private CaseDatabase(JdbcConnectionPool pool) {
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2);
    }

    /** Creates a new, empty database with the current schema. */
    public static CaseDatabase create(Path base, SecretBytes dataKey) throws StorageException {
        return open(base, dataKey, false);
    }

    /**
     * Opens an existing database: the content is checked for anything that could run code before any
     * other SQL, then migrations are applied. Called only after the password was checked against the
     * key envelope, so every failure here means damage, never a wrong password.
     */
    public static CaseDatabase openExisting(Path base, SecretBytes dataKey) throws StorageException {
        if (!Files.exists(base.resolveSibling(base.getFileName() + ".mv.db"))) {
            throw StorageException.damaged("the database file is missing", null);
        }
        return open(base, dataKey, true);
    }

    private static CaseDatabase open(Path base, SecretBytes dataKey, boolean mustExist) throws StorageException {
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + ";CIPHER=AES;WRITE_DELAY=0;TRACE_LEVEL_FILE=0"
                + ";DB_CLOSE_ON_EXIT=FALSE" + (mustExist ? ";IFEXISTS=TRUE" : "");
        JdbcConnectionPool pool;
        try (SecretBytes fileKey = SubKeys.derive(dataKey, "h2-file", 32);
             SecretBytes userKey = SubKeys.derive(dataKey, "h2-user", 32)) {
            // H2 takes "filePassword userPassword"; both are hex of derived keys (H2 cannot take bytes).
            String password = HexFormat.of().formatHex(fileKey.bytes()) + " "
                    + HexFormat.of().formatHex(userKey.bytes());
            pool = JdbcConnectionPool.create(url, USER, password);
            pool.setMaxConnections(8);
        }
        try (Connection first = pool.getConnection()) {
            UntrustedContentCheck.refuseCodeBearingObjects(first);
        } catch (SQLException e) {
            pool.dispose();
            throw StorageException.damaged(e.getMessage(), e);
        } catch (StorageException e) {
            pool.dispose();
            throw e;
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw StorageException.damaged("its schema could not be brought up to date: " + e.getMessage(), e);
        }
        return new CaseDatabase(pool);
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** Forces everything written so far to stable storage (used at custody boundaries). */
    public void checkpoint() {
        dsl.execute("CHECKPOINT SYNC");
    }

    /** A consistent copy of the (still encrypted) database files, for rotating backups. */
    public void backupTo(Path zipFile) {
        dsl.execute("BACKUP TO " + DSL.inline(zipFile.toAbsolutePath().toString()));
    }

    @Override
    public void close() {
        try {
            dsl.execute("SHUTDOWN");
        } catch (RuntimeException alreadyClosed) {
            // SHUTDOWN closes the pool's connections under it; nothing more to do.
        } finally {
            pool.dispose();
        }
    }
}
